// The module player: refuses files over the limit before they are sent (with the page's own message), and after
// a quiz answer puts the keyboard focus on its feedback so it is read out.
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
})();
