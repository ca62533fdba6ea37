// A gated script file (<script type="text/plain" data-category="analytics" src=…>): runs only after consent.
/* global window */
window.__gatedSrcRan = true;
