/*
 * Sending sound, photos and films to the media store, for any feature's page (load tus-js-client-4.3.1.min.js first).
 *
 * - LpkMedia.upload(file, options): a resumable tus upload in chunks of at most 8 MB to the store's address, every
 *   request carrying the launch (?lc=); it retries after a lost connection and, started again, resumes where the
 *   server stopped. The server checks everything again; what it refuses comes back as its own sentence.
 * - A recorder: an element with data-lpk-recorder="audio" holds buttons marked data-role="start|stop|use|retake|
 *   discard|resume" and places data-role="count|time|review|playback|progress|status". The browser's MediaRecorder,
 *   a 3-2-1 countdown, a time limit that stops it, playback, retake or delete before anything is sent.
 * - A picker: an element with data-lpk-media-picker holds file inputs (data-role="file"; data-role="camera" for one
 *   with capture, shown only on touch screens), a data-role="preview" place and data-role="send|again" buttons.
 *   It checks a photo's or film's size, kind and a film's length before sending.
 *
 * Both read their settings from data attributes: data-endpoint, data-lc, data-purpose, data-ref, data-max-bytes,
 * data-max-seconds, data-done-url (opened when the file is stored, with &saved=<data-saved>), and every sentence they
 * show from data-msg-* attributes, written by the page in its language.
 */
(function () {
    'use strict';
    var CHUNK = 8 * 1024 * 1024;

    function text(root, name, value) {
        var t = root.getAttribute('data-msg-' + name) || '';
        return value === undefined ? t : t.replace('{0}', value);
    }

    function part(root, role) {
        return root.querySelector('[data-role="' + role + '"]');
    }

    function say(root, sentence, bad) {
        var status = part(root, 'status');
        if (!status) { return; }
        status.textContent = sentence;
        status.classList.toggle('lpk-media-bad', !!bad);
        root.setAttribute('data-state', bad ? 'error' : root.getAttribute('data-state') || '');
    }

    function mmss(seconds) {
        var s = Math.max(0, Math.round(seconds));
        return Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
    }

    /** tus asks the server at the addresses it is given (Location): each must carry the launch, as every request here. */
    function withLaunch(stack, lc) {
        return {
            createRequest: function (method, url) {
                var withLc = /[?&]lc=/.test(url) ? url : url + (url.indexOf('?') >= 0 ? '&' : '?') + 'lc=' + encodeURIComponent(lc);
                return stack.createRequest(method, withLc);
            },
            getName: function () { return 'lpk'; }
        };
    }

    /**
     * options: endpoint, lc, purpose, ref, onProgress(fraction), onError(sentence from the server or null),
     * onSuccess(mediaId). Returns the tus upload; call start() again on it to resume after an error.
     */
    function upload(file, options) {
        var mediaId = null;
        var sending = new window.tus.Upload(file, {
            endpoint: options.endpoint,
            chunkSize: CHUNK,
            retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
            removeFingerprintOnSuccess: true,
            metadata: {purpose: options.purpose, ref: options.ref, filetype: file.type || ''},
            httpStack: withLaunch(new window.tus.DefaultHttpStack({}), options.lc),
            onProgress: function (sent, total) { options.onProgress(total ? sent / total : 0); },
            onAfterResponse: function (request, response) {
                var id = response.getHeader('Lpk-Media-Id');
                if (id) { mediaId = id; }
            },
            onError: function (error) {
                var sentence = null;
                var response = error && error.originalResponse;
                if (response) {
                    try { sentence = JSON.parse(response.getBody()).message || null; } catch (e) { sentence = null; }
                }
                options.onError(sentence, response ? response.getStatus() : 0);
            },
            onSuccess: function () { options.onSuccess(mediaId); }
        });
        sending.findPreviousUploads().then(function (previous) {
            if (previous.length) { sending.resumeFromPreviousUpload(previous[0]); }
            sending.start();
        });
        return sending;
    }

    /** Sends a file with a progress bar and a "try again" button, then opens the page that shows it. */
    function send(root, file, onFailure) {
        var progress = part(root, 'progress');
        var resume = part(root, 'resume');
        if (progress) { progress.hidden = false; progress.value = 0; }
        if (resume) { resume.hidden = true; }
        root.setAttribute('data-state', 'uploading');
        say(root, text(root, 'uploading', '0'));
        var sending = upload(file, {
            endpoint: root.getAttribute('data-endpoint'),
            lc: root.getAttribute('data-lc'),
            purpose: root.getAttribute('data-purpose'),
            ref: root.getAttribute('data-ref'),
            onProgress: function (fraction) {
                if (progress) { progress.value = fraction; }
                say(root, text(root, 'uploading', String(Math.round(100 * fraction))));
            },
            onError: function (sentence, status) {
                if (progress) { progress.hidden = true; }
                // refused for what it is (4xx): no use sending it again; a lost connection: try again from where it stopped
                var refused = status >= 400 && status < 500 && status !== 409 && status !== 423;
                if (resume && !refused) {
                    resume.hidden = false;
                    resume.onclick = function () {
                        resume.hidden = true;
                        if (progress) { progress.hidden = false; }
                        root.setAttribute('data-state', 'uploading');
                        sending.start();
                    };
                }
                say(root, sentence || text(root, 'upload-failed'), true);
                if (onFailure) { onFailure(); }
            },
            onSuccess: function (mediaId) {
                if (progress) { progress.value = 1; }
                root.setAttribute('data-state', 'stored');
                root.setAttribute('data-media-id', mediaId || '');
                say(root, text(root, 'saved'));
                var done = root.getAttribute('data-done-url');
                if (done) {
                    window.location.assign(done + (done.indexOf('?') >= 0 ? '&' : '?') + 'saved=' + root.getAttribute('data-saved'));
                }
            }
        });
    }

    /* ---------------------------------------------------------------- the recorder */

    function pickType() {
        if (typeof window.MediaRecorder === 'undefined') { return null; }
        var types = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];
        for (var i = 0; i < types.length; i++) {
            if (window.MediaRecorder.isTypeSupported(types[i])) { return types[i]; }
        }
        return '';
    }

    function explain(root, error) {
        var name = error && error.name;
        if (name === 'NotAllowedError' || name === 'SecurityError') { return text(root, 'permission-refused'); }
        if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
            return text(root, 'no-microphone');
        }
        if (name === 'NotReadableError') { return text(root, 'device-busy'); }
        return text(root, 'no-recorder');
    }

    function recorder(root) {
        var maxBytes = Number(root.getAttribute('data-max-bytes')) || Infinity;
        var start = part(root, 'start');
        var stop = part(root, 'stop');
        var review = part(root, 'review');
        var playback = part(root, 'playback');
        var time = part(root, 'time');
        var count = part(root, 'count');
        var media = null, stream = null, blob = null, timer = null, stopAt = 0, timeUp = false;

        function stopTracks() {
            if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
        }
        function finish(reason, bad) {
            clearInterval(timer);
            if (media && media.state !== 'inactive') {
                if (reason) { say(root, reason, bad); }
                media.stop();
            }
        }
        function countdown(from) {
            return new Promise(function (resolve) {
                var n = from;
                (function tick() {
                    if (n === 0) { count.textContent = ''; resolve(); return; }
                    count.textContent = String(n);
                    say(root, String(n));
                    n--;
                    setTimeout(tick, 1000);
                })();
            });
        }
        function clearReview() {
            blob = null;
            review.hidden = true;
            playback.innerHTML = '';
            root.setAttribute('data-recorded', '');
        }

        function record() {
            // read when recording starts: the page may change the limit after loading
            var seconds = parseInt(root.getAttribute('data-max-seconds'), 10) || 180;
            var type = pickType();
            if (type === null || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
                say(root, text(root, 'no-recorder'), true);
                return;
            }
            clearReview();
            start.disabled = true;
            timeUp = false;
            root.setAttribute('data-state', 'asking');
            navigator.mediaDevices.getUserMedia({audio: true}).then(function (s) {
                stream = s;
                root.setAttribute('data-state', 'countdown');
                return countdown(3).then(function () {
                    var chunks = [];
                    media = type ? new window.MediaRecorder(s, {mimeType: type}) : new window.MediaRecorder(s);
                    media.ondataavailable = function (e) { if (e.data && e.data.size) { chunks.push(e.data); } };
                    media.onstop = function () {
                        stopTracks();
                        blob = new Blob(chunks, {type: (media.mimeType || type || 'audio/webm').split(';')[0]});
                        var player = document.createElement('audio');
                        player.controls = true;
                        player.src = URL.createObjectURL(blob);
                        player.className = 'lpk-media-player';
                        player.setAttribute('aria-label', text(root, 'your-recording'));
                        playback.innerHTML = '';
                        playback.appendChild(player);
                        review.hidden = false;
                        stop.hidden = true;
                        start.hidden = true;
                        start.disabled = false;
                        time.textContent = '';
                        root.setAttribute('data-state', 'recorded');
                        root.setAttribute('data-recorded', String(blob.size));
                        if (!timeUp) { say(root, text(root, 'stopped')); }
                        part(root, 'use').focus();
                    };
                    media.start(1000);
                    stopAt = Date.now() + seconds * 1000;
                    stop.hidden = false;
                    stop.focus();
                    root.setAttribute('data-state', 'recording');
                    say(root, text(root, 'recording', mmss(seconds)));
                    timer = setInterval(function () {
                        var left = (stopAt - Date.now()) / 1000;
                        time.textContent = text(root, 'time-left', mmss(left));
                        if (left <= 0) {
                            timeUp = true;
                            finish(text(root, 'time-up'));
                        }
                    }, 250);
                });
            }).catch(function (e) {
                stopTracks();
                start.disabled = false;
                root.setAttribute('data-state', 'refused');
                say(root, explain(root, e), true);
            });
        }

        start.addEventListener('click', record);
        stop.addEventListener('click', function () { finish(null); });
        part(root, 'retake').addEventListener('click', function () {
            clearReview();
            record();
        });
        part(root, 'discard').addEventListener('click', function () {
            clearReview();
            start.hidden = false;
            root.setAttribute('data-state', '');
            say(root, text(root, 'discarded'));
            start.focus();
        });
        part(root, 'use').addEventListener('click', function () {
            if (!blob) { return; }
            if (blob.size > maxBytes) { say(root, text(root, 'too-large'), true); return; }
            var use = part(root, 'use');
            use.disabled = true;
            send(root, blob, function () { use.disabled = false; });
        });
    }

    /* ---------------------------------------------------------------- the picker */

    function picker(root) {
        var maxBytes = Number(root.getAttribute('data-max-bytes')) || Infinity;
        var maxSeconds = Number(root.getAttribute('data-max-seconds')) || 0;
        var takes = (root.getAttribute('data-takes') || 'photo video').split(' ');
        var preview = part(root, 'preview');
        var sendButton = part(root, 'send');
        var chosen = null;
        var camera = part(root, 'camera');
        if (camera && window.matchMedia && window.matchMedia('(pointer: coarse)').matches) {
            camera.closest('[data-role="camera-field"]').hidden = false;
        }

        function refuse(sentence, input) {
            chosen = null;
            input.value = '';
            preview.innerHTML = '';
            sendButton.hidden = true;
            root.setAttribute('data-state', 'refused');
            say(root, sentence, true);
        }

        function kindOf(file) {
            var type = (file.type || '').toLowerCase();
            var name = (file.name || '').toLowerCase();
            if (/^image\/(heic|heif)/.test(type) || /\.(heic|heif)$/.test(name)) { return 'heic'; }
            if (type === 'image/svg+xml' || /\.svg$/.test(name)) { return 'other'; }
            if (/^image\//.test(type)) { return 'photo'; }
            if (/^video\//.test(type)) { return 'video'; }
            return type ? 'other' : 'unknown'; // no type from the browser: the server reads the bytes
        }

        function show(file, kind, input) {
            var url = URL.createObjectURL(file);
            var element = document.createElement(kind === 'video' ? 'video' : 'img');
            element.className = 'lpk-media-preview';
            if (kind === 'video') {
                element.controls = true;
                element.preload = 'metadata';
                element.setAttribute('aria-label', text(root, 'your-video'));
            } else {
                element.alt = text(root, 'your-photo');
            }
            preview.innerHTML = '';
            preview.appendChild(element);
            var ready = function () {
                chosen = file;
                sendButton.hidden = false;
                root.setAttribute('data-state', 'chosen');
                say(root, text(root, 'chosen'));
            };
            if (kind === 'video' && maxSeconds) {
                element.addEventListener('loadedmetadata', function () {
                    if (isFinite(element.duration) && element.duration > maxSeconds + 1) {
                        refuse(text(root, 'too-long'), input);
                    } else {
                        ready();
                    }
                });
                element.addEventListener('error', ready); // a film this browser cannot play: the server still checks it
            } else {
                ready();
            }
            element.src = url;
        }

        Array.prototype.forEach.call(root.querySelectorAll('input[type=file]'), function (input) {
            input.addEventListener('change', function () {
                var file = input.files && input.files[0];
                if (!file) { return; }
                var kind = kindOf(file);
                if (kind === 'heic') { refuse(text(root, 'heic'), input); return; }
                if (kind === 'other' || (kind !== 'unknown' && takes.indexOf(kind) < 0)) {
                    refuse(text(root, 'wrong-type'), input);
                    return;
                }
                if (file.size === 0) { refuse(text(root, 'empty'), input); return; }
                if (file.size > maxBytes) { refuse(text(root, 'too-large'), input); return; }
                show(file, kind === 'unknown' ? 'photo' : kind, input);
            });
        });
        sendButton.addEventListener('click', function () {
            if (!chosen) { return; }
            sendButton.disabled = true;
            send(root, chosen, function () { sendButton.disabled = false; });
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-lpk-recorder]'), recorder);
        Array.prototype.forEach.call(document.querySelectorAll('[data-lpk-media-picker]'), picker);
    }

    window.LpkMedia = {upload: upload};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
