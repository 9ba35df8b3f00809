// jixiao pages: our only script besides the vendored htmx and ECharts (the CSP forbids inline scripts).
"use strict";

// htmx requests that change something carry the session's CSRF token, read from the page's meta tag.
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta && event.detail.verb !== "get") {
    event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  }
});

// A button with data-confirm asks before it submits its form (return, publish).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});
