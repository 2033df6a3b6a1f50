// Read-aloud: every button marked data-lpk-read-aloud reads the texts (.lpk-readable) of its section
// with the browser's own speech synthesis, in the page's language. Many of our students are dyslexic.
(function () {
  if (!('speechSynthesis' in window)) {
    document.addEventListener('DOMContentLoaded', function () {
      document.querySelectorAll('[data-lpk-read-aloud]').forEach(function (b) { b.hidden = true; });
    });
    return;
  }
  function textOf(button) {
    var section = button.closest('section') || document.querySelector('main');
    var parts = Array.prototype.map.call(section.querySelectorAll('.lpk-readable'), function (e) {
      return e.innerText.trim();
    });
    return parts.filter(Boolean).join('. ');
  }
  function label(button, playing) {
    var text = playing ? button.dataset.labelStop : button.dataset.labelPlay;
    button.querySelector('.lpk-read-aloud-label').textContent = text;
    button.setAttribute('aria-label', text);
    button.setAttribute('aria-pressed', playing ? 'true' : 'false');
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-lpk-read-aloud]');
    if (!button) { return; }
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      document.querySelectorAll('[data-lpk-read-aloud]').forEach(function (b) { label(b, false); });
      if (button.getAttribute('aria-pressed') === 'true') { return; }
    }
    var utterance = new SpeechSynthesisUtterance(textOf(button));
    utterance.lang = button.dataset.lang === 'en' ? 'en-GB' : 'da-DK';
    utterance.rate = 0.9;
    utterance.onend = function () { label(button, false); };
    label(button, true);
    speechSynthesis.speak(utterance);
  });
})();
