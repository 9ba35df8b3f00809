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

// A swap must not copy "style" attributes from the old elements to the new (htmx's settling):
// chromium leaves style="" on some inputs, and setting it is an inline style the CSP refuses.
if (window.htmx) {
  window.htmx.config.attributesToSettle = ["class", "width", "height"];
}

// The editor's forms (inside [data-swap-refusals]) answer a refused value with the editor page
// showing the message at its field (422; a stale version 409): show it like any answer.
var editorFormSwapped = false;
var editorAnchor = null;
document.addEventListener("htmx:beforeSwap", function (event) {
  // detail.elt is the swap's target (#main); the form that asked is the request's element.
  var elt = (event.detail.requestConfig && event.detail.requestConfig.elt) || event.detail.elt;
  var editorForm = elt.matches("form") && elt.closest("[data-swap-refusals]") !== null;
  var status = event.detail.xhr.status;
  if (editorForm && (status === 422 || status === 409)) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
  editorFormSwapped = editorForm && event.detail.shouldSwap;
  var anchor = editorForm ? elt.querySelector('input[name="anchor"]') : null;
  editorAnchor = anchor ? anchor.value : null;
});

// After an editor form's answer is in, the keyboard goes to the field refused (or the form's
// message); after a success, htmx keeps it on the button pressed when it is still there (same
// id), else it goes to the row or goal edited (the form's anchor), else to the message.
function focusable(element) {
  if (!element.matches("input, select, textarea, button, a[href], summary")) {
    element.setAttribute("tabindex", "-1");
  }
  element.focus();
}

document.addEventListener("htmx:afterSettle", function () {
  if (!editorFormSwapped) {
    return;
  }
  editorFormSwapped = false;
  var refused = document.querySelector('#main [aria-invalid="true"], #main .edit-form .flash.error');
  if (refused) {
    focusable(refused);
    return;
  }
  if (document.activeElement && document.activeElement !== document.body) {
    return;
  }
  var place = (editorAnchor && document.getElementById(editorAnchor)) || document.querySelector("#main .flash");
  if (place) {
    focusable(place);
  }
});
