// The page's own script: it must run whatever suostumus does.
/* global window */
window.__ownRan = true;
