// Demo only: stands in for gtag.js. Records the commands it is given (the demo panel shows them) and,
// while analytics_storage is granted and GA is not disabled, sets _ga and _ga_<id> like the real one.
(function () {
  var consent = {};
  var id = null;
  var log = (window.__googleCalls = window.__googleCalls || []);
  function handle(args) {
    var a = Array.prototype.slice.call(args);
    log.push(a);
    if (a[0] === 'consent' && a[2]) Object.assign(consent, a[2]);
    if (a[0] === 'config') id = a[1];
    if (id && consent.analytics_storage === 'granted' && !window['ga-disable-' + id]) {
      document.cookie = '_ga=GA1.1.42.1700000000; path=/; max-age=63072000';
      document.cookie = '_ga_' + id.slice(2) + '=GS1.1.1700000000.1.0; path=/; max-age=63072000';
    }
    window.dispatchEvent(new Event('demo-google-call'));
  }
  var layer = (window.dataLayer = window.dataLayer || []);
  layer.forEach(function (e) { if (Object.prototype.toString.call(e) === '[object Arguments]') handle(e); });
  var push = layer.push;
  layer.push = function () {
    for (var i = 0; i < arguments.length; i++) {
      if (Object.prototype.toString.call(arguments[i]) === '[object Arguments]') handle(arguments[i]);
    }
    return push.apply(layer, arguments);
  };
})();
