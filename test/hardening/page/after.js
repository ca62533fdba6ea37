// Added by Frame.afterScripts() with async = false: its load event means the scripts queued before it ran.
/* global window */
window.__afterScripts = (window.__afterScripts ?? 0) + 1;
