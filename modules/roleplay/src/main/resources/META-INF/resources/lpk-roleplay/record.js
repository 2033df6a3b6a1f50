/*
 * The recorded attempt of a role-play (record.xhtml): consent first, then per prompt a film (camera and microphone), a
 * sound (microphone only) or typed words. Recording is the browser's MediaRecorder with a 3-2-1 countdown and the
 * prompt's time limit (it stops itself), playback and retake before the answer is used; a recording is uploaded with
 * tus-js-client in chunks of at most 8 MB and resumes after a lost connection. The server checks everything again;
 * this file only makes it pleasant. Every sentence it shows comes from the page's bundle (#rp-config).
 */
(function () {
    'use strict';
    var configElement = document.getElementById('rp-config');
    if (!configElement) {
        return;
    }
    var config = JSON.parse(configElement.textContent);
    var msg = config.messages;
    var attempt = config.attempt ? config.attempt.id : null;
    var CHUNK = 8 * 1024 * 1024;
    var root = document.getElementById('recorder');
    var live = document.getElementById('rp-status');

    function say(text, bad) {
        live.textContent = text;
        live.className = bad ? 'lpk-rp-status lpk-rp-bad' : 'lpk-rp-status';
    }

    function api(method, tail, body, type) {
        var url = config.api + (tail ? '/' + tail : '') + '?lc=' + encodeURIComponent(config.lc);
        var init = {method: method, credentials: 'same-origin', headers: {}};
        if (body !== undefined) {
            init.body = body;
            init.headers['Content-Type'] = type || 'text/plain;charset=UTF-8';
        }
        return fetch(url, init).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                if (!response.ok) {
                    var error = new Error(json && json.message ? json.message : msg.failed);
                    error.code = json && json.code;
                    throw error;
                }
                return json;
            });
        });
    }

    function show(state) {
        attempt = state.id;
        root.setAttribute('data-attempt', state.id);
        root.setAttribute('data-state', state.state);
        document.getElementById('consent').hidden = state.consent;
        document.getElementById('answering').hidden = !state.consent;
        var answered = 0;
        Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-prompt'), function (section) {
            var id = section.getAttribute('data-prompt');
            var answer = state.answers[id];
            var done = section.querySelector('.lpk-rp-done');
            section.setAttribute('data-answered', answer ? answer.mode : '');
            if (answer) {
                answered++;
                done.hidden = false;
                done.querySelector('.lpk-rp-done-text').textContent = msg['answered_' + answer.mode];
                var saved = done.querySelector('.lpk-rp-saved');
                saved.innerHTML = '';
                if (answer.url) {
                    var player = document.createElement(answer.mode === 'video' ? 'video' : 'audio');
                    player.controls = true;
                    player.playsInline = true;
                    player.setAttribute('playsinline', '');
                    player.preload = 'metadata';
                    player.src = answer.url;
                    player.className = 'lpk-rp-player';
                    saved.appendChild(player);
                } else {
                    var p = document.createElement('p');
                    p.textContent = answer.text;
                    saved.appendChild(p);
                }
            } else {
                done.hidden = true;
            }
        });
        Object.keys(state.self).forEach(function (criterion) {
            var input = document.querySelector('input[name="self-' + criterion + '"][value="' + state.self[criterion] + '"]');
            if (input) { input.checked = true; }
        });
        document.getElementById('answered-count').textContent =
            msg.answeredCount.replace('{0}', answered).replace('{1}', config.prompts);
    }

    function start() {
        return attempt ? api('GET', attempt) : api('POST', 'draft');
    }

    /** A play() that a browser refuses (autoplay rules) is no error: the person presses play. */
    function quietly(playing) {
        if (playing && playing.catch) { playing.catch(function () { /* left for the person to start */ }); }
    }

    /* ---------- consent ---------- */
    document.getElementById('consent-go').addEventListener('click', function () {
        if (!document.getElementById('consent-check').checked) {
            say(msg.consentFirst, true);
            document.getElementById('consent-check').focus();
            return;
        }
        (attempt ? Promise.resolve({id: attempt}) : api('POST', 'draft')).then(function (state) {
            attempt = state.id;
            return api('POST', attempt + '/consent');
        }).then(function (state) {
            show(state);
            say(msg.consentThanks);
        }).catch(function (e) { say(e.message, true); });
    });

    /* ---------- frame without camera permission ---------- */
    function allowed(feature) {
        var policy = document.permissionsPolicy || document.featurePolicy;
        return !policy || typeof policy.allowsFeature !== 'function' || policy.allowsFeature(feature);
    }
    function offerNewWindow() {
        document.getElementById('new-window').hidden = false;
    }
    if (!allowed('camera') || !allowed('microphone')) {
        offerNewWindow();
    }

    /* ---------- recording ---------- */
    /*
     * The first container and codecs this browser records, best first. Chromium records WebM VP9 (and MP4 since 126),
     * Firefox WebM VP8 + Opus only, Safari MP4 with H.264 + AAC (and WebM since 18.4). WebM first: Chromium and Firefox
     * play it everywhere. On Apple's WebKit MP4 first: Safari plays its own MP4 surely and its WebM not always, and the
     * teachers' Chrome, Edge and Firefox on Windows and macOS play H.264. A browser that names no type gets its own
     * default (''); one without MediaRecorder, null.
     */
    var VIDEO_TYPES = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm',
        'video/mp4;codecs=avc1,mp4a', 'video/mp4'];
    var AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus', 'audio/webm'];
    var APPLE = /Apple/.test(navigator.vendor || '');
    function pickType(mode) {
        if (typeof MediaRecorder === 'undefined') { return null; }
        if (typeof MediaRecorder.isTypeSupported !== 'function') { return ''; } // Safari 14.0: MP4, its only one
        var types = (mode === 'video' ? VIDEO_TYPES : AUDIO_TYPES).slice();
        if (APPLE) {
            types.sort(function (a, b) { return (b.indexOf('/mp4') > 0) - (a.indexOf('/mp4') > 0); });
        }
        for (var i = 0; i < types.length; i++) {
            if (MediaRecorder.isTypeSupported(types[i])) { return types[i]; }
        }
        return '';
    }

    /** The container of what was recorded, without codecs ("video/webm"): what the browser says it wrote. */
    function containerOf(chunkType, recorder, asked, mode) {
        var named = chunkType || (recorder && recorder.mimeType) || asked; // Firefox empties mimeType after stop
        return named ? named.split(';')[0].trim() : (mode === 'video' ? 'video/mp4' : 'audio/mp4');
    }

    function explain(error, mode) {
        var name = error && error.name;
        if (name === 'NotAllowedError' || name === 'SecurityError') {
            if (window.top !== window.self) { offerNewWindow(); }
            return msg.permissionRefused;
        }
        if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
            return mode === 'video' ? msg.noCamera : msg.noMicrophone;
        }
        if (name === 'NotReadableError') { return msg.deviceBusy; }
        return msg.noRecorder;
    }

    function countdown(el, from) {
        return new Promise(function (resolve) {
            var n = from;
            (function tick() {
                if (n === 0) { el.textContent = ''; resolve(); return; }
                el.textContent = n;
                say(String(n));
                n--;
                setTimeout(tick, 1000);
            })();
        });
    }

    function mmss(seconds) {
        var s = Math.max(0, Math.round(seconds));
        return Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
    }

    Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-prompt'), function (section) {
        var promptId = section.getAttribute('data-prompt');
        var seconds = parseInt(section.getAttribute('data-seconds'), 10);
        var q = function (sel) { return section.querySelector(sel); };
        var recorder = null, stream = null, blob = null, type = '', timer = null, stopAt = 0, upload = null;
        var recordedMode = 'video';

        function mode() {
            var checked = q('input[type=radio]:checked');
            return checked ? checked.value : 'video';
        }
        function showMode() {
            var m = mode();
            q('.lpk-rp-record').hidden = m === 'text';
            q('.lpk-rp-typed').hidden = m !== 'text';
        }
        Array.prototype.forEach.call(section.querySelectorAll('input[type=radio]'), function (r) {
            r.addEventListener('change', showMode);
        });
        showMode();

        function stopTracks() {
            if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
        }
        function stopRecording(reason) {
            if (recorder && recorder.state !== 'inactive') {
                if (reason) { say(reason); }
                recorder.stop();
            }
            clearInterval(timer);
        }

        q('.lpk-rp-start').addEventListener('click', function () {
            var m = mode();
            type = pickType(m);
            if (type === null || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
                say(msg.noRecorder, true);
                return;
            }
            // The front camera on a phone; a modest size keeps the upload small. No exact values: a camera that
            // cannot meet one would refuse (OverconstrainedError) instead of coming close.
            var constraints = m === 'video'
                ? {audio: true, video: {facingMode: 'user', width: {ideal: 640}, height: {ideal: 360}}}
                : {audio: true, video: false};
            q('.lpk-rp-start').disabled = true;
            navigator.mediaDevices.getUserMedia(constraints).then(function (s) {
                stream = s;
                var preview = q('.lpk-rp-live');
                if (m === 'video') {
                    // muted and inline, or an iPhone opens the live picture full screen (or not at all)
                    preview.muted = true;
                    preview.playsInline = true;
                    preview.setAttribute('playsinline', '');
                    preview.hidden = false;
                    preview.srcObject = s;
                    quietly(preview.play());
                }
                return countdown(q('.lpk-rp-count'), 3).then(function () {
                    var chunks = [], chunkType = '';
                    recorder = type ? new MediaRecorder(s, {mimeType: type}) : new MediaRecorder(s);
                    recorder.ondataavailable = function (e) {
                        if (e.data && e.data.size) {
                            chunks.push(e.data);
                            chunkType = chunkType || e.data.type;
                        }
                    };
                    recorder.onerror = function () {
                        stopTracks();
                        clearInterval(timer);
                        say(msg.noRecorder, true);
                    };
                    // The last piece comes before "stop" by the spec, but older Safari sent it just after: wait a turn.
                    recorder.onstop = function () { setTimeout(finished, 0); };
                    function finished() {
                        stopTracks();
                        preview.hidden = true;
                        preview.srcObject = null;
                        blob = new Blob(chunks, {type: containerOf(chunkType, recorder, type, m)});
                        recordedMode = m;
                        var play = q('.lpk-rp-playback');
                        var player = document.createElement(m === 'video' ? 'video' : 'audio');
                        player.controls = true;
                        player.playsInline = true;
                        player.setAttribute('playsinline', '');
                        player.src = URL.createObjectURL(blob);
                        player.className = 'lpk-rp-player';
                        play.innerHTML = '';
                        play.appendChild(player);
                        q('.lpk-rp-review').hidden = false;
                        q('.lpk-rp-stop').hidden = true;
                        q('.lpk-rp-start').disabled = false;
                        q('.lpk-rp-start').textContent = msg.recordAgain;
                        section.setAttribute('data-recorded', String(blob.size));
                        section.setAttribute('data-recorded-type', blob.type);
                    }
                    // a piece every second: a long answer is never one huge buffer, and a crash keeps what came
                    recorder.start(1000);
                    stopAt = Date.now() + seconds * 1000;
                    q('.lpk-rp-stop').hidden = false;
                    say(msg.recording);
                    timer = setInterval(function () {
                        var left = (stopAt - Date.now()) / 1000;
                        q('.lpk-rp-time').textContent = msg.timeLeft.replace('{0}', mmss(left));
                        if (left <= 0) { stopRecording(msg.timeUp); }
                    }, 250);
                });
            }).catch(function (e) {
                stopTracks();
                q('.lpk-rp-start').disabled = false;
                say(explain(e, m), true);
            });
        });

        q('.lpk-rp-stop').addEventListener('click', function () { stopRecording(msg.stopped); });

        q('.lpk-rp-use').addEventListener('click', function () {
            if (!blob) { return; }
            if (blob.size > config.maxBytes) { say(msg.tooLarge, true); return; }
            var button = q('.lpk-rp-use');
            button.disabled = true;
            var progress = q('.lpk-rp-progress');
            progress.hidden = false;
            var began = Date.now();
            upload = new tus.Upload(blob, {
                endpoint: config.uploads,
                chunkSize: CHUNK,
                retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
                removeFingerprintOnSuccess: true,
                metadata: {purpose: config.purpose, ref: 'roleplay:' + attempt + ':' + promptId + ':' + recordedMode, filetype: blob.type},
                httpStack: withLaunch(new tus.DefaultHttpStack({})),
                onProgress: function (sent, total) {
                    progress.value = total ? sent / total : 0;
                    q('.lpk-rp-time').textContent = msg.uploading.replace('{0}', Math.round(100 * sent / total));
                },
                onError: function (error) {
                    button.disabled = false;
                    var text = msg.uploadFailed;
                    var response = error && error.originalResponse;
                    if (response) {
                        try { text = JSON.parse(response.getBody()).message || text; } catch (e) { /* keep the general one */ }
                    }
                    say(text, true);
                },
                onSuccess: function () {
                    section.setAttribute('data-upload-ms', String(Date.now() - began));
                    progress.hidden = true;
                    button.disabled = false;
                    q('.lpk-rp-review').hidden = true;
                    q('.lpk-rp-playback').innerHTML = '';
                    blob = null;
                    say(msg.saved);
                    api('GET', attempt).then(show);
                }
            });
            upload.findPreviousUploads().then(function (previous) {
                if (previous.length) { upload.resumeFromPreviousUpload(previous[0]); }
                upload.start();
            });
        });

        q('.lpk-rp-discard').addEventListener('click', function () {
            blob = null;
            q('.lpk-rp-review').hidden = true;
            q('.lpk-rp-playback').innerHTML = '';
            say(msg.discarded);
        });

        q('.lpk-rp-save-text').addEventListener('click', function () {
            var text = q('textarea').value;
            if (!text.trim()) { say(msg.textEmpty, true); return; }
            api('PUT', attempt + '/answers/' + promptId, text).then(function (state) {
                show(state);
                say(msg.saved);
            }).catch(function (e) { say(e.message, true); });
        });
    });

    /** tus asks the server at addresses it is given (Location); each must carry the launch, as every request here. */
    function withLaunch(stack) {
        return {
            createRequest: function (method, url) {
                var withLc = url.indexOf('lc=') >= 0 ? url : url + (url.indexOf('?') >= 0 ? '&' : '?') + 'lc=' + encodeURIComponent(config.lc);
                return stack.createRequest(method, withLc);
            },
            getName: function () { return 'lpk'; }
        };
    }

    /* ---------- self-assessment and sending ---------- */
    Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-self input[type=radio]'), function (input) {
        input.addEventListener('change', function () {
            var pairs = [];
            Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-self input[type=radio]:checked'), function (c) {
                pairs.push(encodeURIComponent(c.getAttribute('data-criterion')) + '=' + encodeURIComponent(c.value));
            });
            api('PUT', attempt + '/self', pairs.join('&'), 'application/x-www-form-urlencoded').then(function (state) {
                show(state);
                say(msg.selfSaved);
            }).catch(function (e) { say(e.message, true); });
        });
    });

    document.getElementById('send').addEventListener('click', function () {
        api('POST', attempt + '/send').then(function () {
            say(msg.sent);
            window.location.replace(config.afterSend);
        }).catch(function (e) { say(e.message, true); });
    });

    if (attempt) {
        start().then(show).catch(function (e) { say(e.message, true); });
    }
}());
