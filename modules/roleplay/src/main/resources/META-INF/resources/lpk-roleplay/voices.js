/* The teacher's voices page: a chosen sound file is uploaded to the media store with tus (purpose and line in its
   metadata); when it is stored the page loads again and plays it. Texts come from the page's data attributes. */
(function () {
    'use strict';
    var config = document.getElementById('voices-config');
    if (!config || !window.tus) { return; }
    var status = document.getElementById('voices-status');
    var lc = config.getAttribute('data-lc');

    function say(text) { status.textContent = text; }

    /** tus asks the server at addresses it is given (Location); each must carry the launch, as every request here. */
    function withLaunch(stack) {
        return {
            createRequest: function (method, url) {
                var withLc = url.indexOf('lc=') >= 0 ? url : url + (url.indexOf('?') >= 0 ? '&' : '?') + 'lc=' + encodeURIComponent(lc);
                return stack.createRequest(method, withLc);
            },
            getName: function () { return 'lpk-voices'; }
        };
    }

    Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-voice-file'), function (input) {
        input.addEventListener('change', function () {
            var file = input.files && input.files[0];
            if (!file) { return; }
            if (file.size > Number(config.getAttribute('data-max-bytes'))) { say(config.getAttribute('data-too-large')); return; }
            var line = input.closest('.lpk-rp-voice-line');
            input.disabled = true;
            new tus.Upload(file, {
                endpoint: config.getAttribute('data-uploads'),
                retryDelays: [0, 1000, 3000],
                metadata: {purpose: config.getAttribute('data-purpose'), ref: line.getAttribute('data-ref'), filetype: file.type},
                httpStack: withLaunch(new tus.DefaultHttpStack({})),
                onProgress: function (sent, total) {
                    say(config.getAttribute('data-uploading').replace('{0}', String(Math.round(100 * sent / total))));
                },
                onError: function (error) {
                    input.disabled = false;
                    var text = config.getAttribute('data-failed');
                    var response = error && error.originalResponse;
                    if (response) {
                        try { text = JSON.parse(response.getBody()).message || text; } catch (e) { /* keep the general one */ }
                    }
                    say(text);
                },
                onSuccess: function () {
                    var here = new URL(window.location.href);
                    here.searchParams.delete('removed');
                    here.searchParams.set('saved', '1');
                    here.hash = 'line-' + line.getAttribute('data-line');
                    window.location.replace(here.toString());
                }
            }).start();
        });
    });
}());
