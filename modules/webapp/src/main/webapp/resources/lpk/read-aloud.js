// Read-aloud: every button marked data-lpk-read-aloud reads the texts (.lpk-readable) of its section with the
// browser's own speech synthesis. Many of our students are dyslexic, so:
//  - it speaks with a voice of the page's language (Danish on a Danish page, English on an English one), and when
//    the device has none it says so in the page (the button's note) instead of pretending to read;
//  - it reads sentence by sentence, one utterance each (long utterances stop half-way in some browsers), and marks
//    the sentence being read (CSS Custom Highlight where the browser has it, else the sentence's element);
//    where the voice reports word boundaries the word being read is marked too;
//  - the button goes back to "Læs op" when the reading ends, fails or is stopped.
(function () {
  'use strict';
  var SENTENCE = 'lpk-reading';
  var WORD = 'lpk-reading-word';
  var current = null; // the reading under way: {button, parts}

  // Looked up at each use, not once: the speech engine can come and go (and a test can stand in for it).
  function synth() { return window.speechSynthesis || null; }
  function highlights() { return window.CSS && CSS.highlights && window.Highlight ? CSS.highlights : null; }

  function language(button) { return button.dataset.lang === 'en' ? 'en' : 'da'; }

  function voiceFor(lang, voices) {
    var preferred = lang === 'en' ? ['en-gb', 'en-ie', 'en-us'] : ['da-dk'];
    function norm(v) { return String(v.lang || '').replace('_', '-').toLowerCase(); }
    for (var i = 0; i < preferred.length; i++) {
      for (var j = 0; j < voices.length; j++) {
        if (norm(voices[j]) === preferred[i]) { return voices[j]; }
      }
    }
    for (var k = 0; k < voices.length; k++) {
      var l = norm(voices[k]);
      if (l === lang || l.indexOf(lang + '-') === 0) { return voices[k]; }
    }
    return null;
  }

  // The voices, once the browser has listed them (Chromium lists them late, after 'voiceschanged').
  function withVoices(callback) {
    var engine = synth();
    var voices = engine ? engine.getVoices() : [];
    if (!engine || voices.length) { callback(voices); return; }
    var done = false;
    function finish() {
      if (done) { return; }
      done = true;
      engine.removeEventListener('voiceschanged', finish);
      callback(engine.getVoices());
    }
    engine.addEventListener('voiceschanged', finish);
    setTimeout(finish, 1500);
  }

  function sectionOf(button) { return button.closest('section') || document.querySelector('main'); }

  // The sentences of one element as offsets into its text, so each can be marked where it stands.
  function sentencesOf(element, lang) {
    var text = element.textContent;
    var pieces = [];
    if (window.Intl && Intl.Segmenter) {
      var segments = new Intl.Segmenter(lang, {granularity: 'sentence'}).segment(text);
      for (var s of segments) { pieces.push({start: s.index, end: s.index + s.segment.length}); }
    } else {
      var pattern = /[^.!?]+(?:[.!?]+|$)/g;
      var m;
      while ((m = pattern.exec(text)) !== null) { pieces.push({start: m.index, end: m.index + m[0].length}); }
    }
    var parts = [];
    pieces.forEach(function (p) {
      var start = p.start;
      var end = p.end;
      while (start < end && /\s/.test(text.charAt(start))) { start++; }
      while (end > start && /\s/.test(text.charAt(end - 1))) { end--; }
      if (end > start) { parts.push({element: element, start: start, end: end, text: text.substring(start, end)}); }
    });
    return parts;
  }

  // A DOM range over characters [start, end) of the element's text.
  function rangeOf(element, start, end) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var seen = 0;
    var started = false;
    var node;
    while ((node = walker.nextNode())) {
      var length = node.data.length;
      if (!started && start <= seen + length) { range.setStart(node, start - seen); started = true; }
      if (started && end <= seen + length) { range.setEnd(node, end - seen); return range; }
      seen += length;
    }
    return null;
  }

  function clearMarks() {
    var h = highlights();
    if (h) { h.delete(SENTENCE); h.delete(WORD); }
    document.querySelectorAll('.lpk-reading-now').forEach(function (e) { e.classList.remove('lpk-reading-now'); });
  }

  function mark(part) {
    clearMarks();
    var h = highlights();
    var range = h && rangeOf(part.element, part.start, part.end);
    if (range) {
      h.set(SENTENCE, new Highlight(range));
    } else {
      part.element.classList.add('lpk-reading-now');
    }
  }

  function markWord(part, charIndex, charLength) {
    var h = highlights();
    if (!h || charIndex == null) { return; }
    var length = charLength || (part.text.substring(charIndex).match(/^\S+/) || [''])[0].length;
    var range = length && rangeOf(part.element, part.start + charIndex, part.start + charIndex + length);
    if (range) { h.set(WORD, new Highlight(range)); }
  }

  function titleOf(button) {
    if (button.dataset.title) { return button.dataset.title; }
    var heading = sectionOf(button).querySelector('h1, h2, h3');
    return heading ? heading.textContent.trim() : '';
  }

  function label(button, playing) {
    var text = playing ? button.dataset.labelStop : button.dataset.labelPlay;
    var title = titleOf(button);
    button.querySelector('.lpk-read-aloud-label').textContent = text;
    button.setAttribute('aria-label', title ? text + ': ' + title : text);
    button.dataset.playing = playing ? 'true' : 'false';
  }

  function note(button, text) {
    var next = button.nextElementSibling;
    if (next && next.classList.contains('lpk-read-aloud-note')) { next.textContent = text || ''; }
  }

  function finish(run, problem) {
    if (current !== run) { return; }
    current = null;
    clearMarks();
    label(run.button, false);
    if (problem) { note(run.button, problem); }
  }

  function stop() {
    var run = current;
    var engine = synth();
    current = null;
    if (engine) { engine.cancel(); }
    if (run) { clearMarks(); label(run.button, false); }
  }

  function play(button) {
    withVoices(function (voices) {
      var lang = language(button);
      var voice = voiceFor(lang, voices);
      if (!voice) {
        note(button, button.dataset.noVoice);
        label(button, false);
        return;
      }
      note(button, '');
      var parts = [];
      sectionOf(button).querySelectorAll('.lpk-readable').forEach(function (e) {
        parts = parts.concat(sentencesOf(e, lang));
      });
      if (!parts.length) { return; }
      var run = {button: button, parts: parts, started: false};
      current = run;
      label(button, true);
      var engine = synth();
      parts.forEach(function (part, i) {
        var utterance = new SpeechSynthesisUtterance(part.text);
        utterance.lang = voice.lang;
        try { utterance.voice = voice; } catch (e) { /* not a voice this engine made: the language still picks one */ }
        utterance.rate = 0.9;
        utterance.onstart = function () { run.started = true; if (current === run) { mark(part); } };
        utterance.onboundary = function (event) {
          if (current === run && event.name === 'word') { markWord(part, event.charIndex, event.charLength); }
        };
        utterance.onend = function () { if (i === parts.length - 1) { finish(run); } };
        utterance.onerror = function (event) {
          var stopped = event && (event.error === 'interrupted' || event.error === 'canceled');
          finish(run, stopped ? null : button.dataset.failed);
        };
        engine.speak(utterance);
      });
      // A device that lists voices but never starts speaking must not leave the button on "Stop".
      setTimeout(function () {
        if (current === run && !run.started && !engine.speaking && !engine.pending) {
          engine.cancel();
          finish(run, button.dataset.failed);
        }
      }, 5000);
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-lpk-read-aloud]');
    if (!button) { return; }
    if (!synth()) { note(button, button.dataset.noVoice); return; }
    var wasPlaying = current !== null && current.button === button;
    stop();
    if (!wasPlaying) { play(button); }
  });

  // Names that say what each button reads, also where the page gave no title.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-lpk-read-aloud]').forEach(function (b) { label(b, false); });
  });
  window.addEventListener('pagehide', stop);
})();
