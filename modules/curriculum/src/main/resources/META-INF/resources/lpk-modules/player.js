// The module player: refuses files over the limit before they are sent (with the page's own message), after
// a quiz answer puts the keyboard focus on its feedback so it is read out, and after moving to another step puts
// the focus on that step's heading (or on the page's message) instead of leaving it on the body.
(function () {
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) { return; }
    var error = document.getElementById('upload-error');
    var text = document.getElementById('upload-error-text');
    var file = input.files && input.files[0];
    if (file && file.size > Number(input.dataset.maxBytes)) {
      input.value = '';
      if (error && text) { text.textContent = input.dataset.tooLarge; error.hidden = false; }
    } else if (error && text) {
      error.hidden = true;
      text.textContent = '';
    }
  });
  function focusFeedback() {
    var feedback = document.querySelector('[data-lpk-focus="true"]');
    if (feedback) { feedback.focus(); }
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', focusFeedback);
  }

  // Every move between steps ("Næste", "Forrige", a step in the list, saving, ticking, uploading) loads a new page,
  // and a new page starts with the focus on the body: a keyboard user had to Tab past the header and the step list
  // again, and a screen reader did not say where it was. So when the student came here from the player itself, the
  // keyboard starts on the new step's heading — or on the message, when the page has one (saved, or what went wrong).
  // Not on the first opening from the LMS: the tool does not pull the focus away from the LMS's own page.
  var MOVED = 'lpk-player-moved';
  function remember() {
    try { window.sessionStorage.setItem(MOVED, '1'); } catch (storageRefused) { /* focus is then left as it is */ }
  }
  function movedHere() {
    var moved = false;
    try {
      moved = window.sessionStorage.getItem(MOVED) === '1';
      window.sessionStorage.removeItem(MOVED);
    } catch (storageRefused) { /* fall back to the address */ }
    return moved || /[?&]step=/.test(window.location.search);
  }
  document.addEventListener('submit', remember, true);
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (link && link.pathname === window.location.pathname) { remember(); }
  }, true);
  function focusStart() {
    if (!movedHere()) { return; }
    var message = document.querySelector('#messages li') ? document.getElementById('messages') : null;
    var target = message || document.getElementById('step-title');
    if (!target) { return; }
    if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
    target.focus({ preventScroll: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusStart);
  } else {
    focusStart();
  }
})();
