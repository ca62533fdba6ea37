// Stands in for Google's gtag.js / gtm.js in end-to-end tests. Like the real script it reads the
// commands queued in window.dataLayer (Arguments objects), then takes later pushes; it records every
// command in window.__gtagCalls, and while analytics_storage is granted and GA is not disabled it
// writes _ga and _ga_<id> on the highest parent domain (as gtag's cookie_domain "auto" does) and
// sends a collect hit for each config or event.
(function () {
  var script = document.currentScript;
  var id = new URL(script.src).searchParams.get('id');
  var calls = (window.__gtagCalls = window.__gtagCalls || []);
  window.__gtagLoads = (window.__gtagLoads || 0) + 1;
  window.__gtagQueuedAtLoad = (window.dataLayer || []).length;
  var consent = {};
  var measurementId = null;
  var labels = location.hostname.split('.');
  var domain = labels.slice(-2).join('.');

  function disabled() { return measurementId !== null && window['ga-disable-' + measurementId] === true; }
  function granted() { return consent.analytics_storage === 'granted' && !disabled(); }

  function hit(kind) {
    if (!granted()) return;
    document.cookie = '_ga=GA1.1.1234567890.1700000000; path=/; domain=' + domain + '; max-age=63072000';
    document.cookie = '_ga_' + measurementId.slice(2) + '=GS1.1.1700000000.1.0.1700000000.0.0.0; path=/; domain=' + domain + '; max-age=63072000';
    fetch('https://region1.google-analytics.com/g/collect?v=2&tid=' + measurementId + '&en=' + kind, { method: 'POST', mode: 'no-cors' }).catch(function () {});
  }

  function handle(entry) {
    var args = Array.prototype.slice.call(entry);
    calls.push(JSON.parse(JSON.stringify(args)));
    if (args[0] === 'consent' && args[2]) Object.assign(consent, args[2]);
    if (args[0] === 'config') { measurementId = args[1]; hit('page_view'); }
    if (args[0] === 'event') hit(args[1]);
  }

  var dataLayer = (window.dataLayer = window.dataLayer || []);
  if (id && id.indexOf('GTM-') === 0) calls.push(['gtm.js loaded', id]);
  for (var i = 0; i < dataLayer.length; i++) {
    if (Object.prototype.toString.call(dataLayer[i]) === '[object Arguments]') handle(dataLayer[i]);
  }
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) {
      if (Object.prototype.toString.call(arguments[j]) === '[object Arguments]') handle(arguments[j]);
    }
    return push.apply(dataLayer, arguments);
  };
})();
