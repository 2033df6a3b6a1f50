/*
 * "Open in a new window" that keeps the launch: a page in the LMS's frame cannot simply open itself in a new window,
 * because its session cookie belongs to the frame (partitioned by the LMS's site). So a click asks the server for a
 * one-time code (bound to this session and launch, valid a minute) and posts it into a new window, which gets a
 * session of its own with the same launch and lands on this page. The code is posted, never put in an address.
 *
 * Markup: any element with data-lpk-handover="<code endpoint with ?lc=…>", and its texts in data-opening,
 * data-failed and data-blocked; data-status names the live region that shows them.
 */
(function () {
    'use strict';

    function say(trigger, text) {
        var region = document.getElementById(trigger.getAttribute('data-status') || '');
        if (region) {
            region.textContent = text;
        }
    }

    function handOver(event) {
        var trigger = event.currentTarget;
        event.preventDefault();
        var name = 'lpk-window-' + Math.random().toString(36).slice(2);
        // Opened now, while the click counts as the person's own, so no pop-up blocker stops it; filled below.
        var opened = window.open('about:blank', name);
        if (!opened) {
            say(trigger, trigger.getAttribute('data-blocked'));
            return;
        }
        say(trigger, trigger.getAttribute('data-opening'));
        var body = 'return=' + encodeURIComponent(window.location.pathname + window.location.search);
        fetch(trigger.getAttribute('data-lpk-handover'), {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: body
        }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
        }).then(function (answer) {
            var form = document.createElement('form');
            form.method = 'post';
            form.action = answer.action;
            form.target = name;
            form.hidden = true;
            var code = document.createElement('input');
            code.type = 'hidden';
            code.name = 'code';
            code.value = answer.code;
            form.appendChild(code);
            document.body.appendChild(form);
            form.submit();
            document.body.removeChild(form);
            say(trigger, '');
        }).catch(function () {
            opened.close();
            say(trigger, trigger.getAttribute('data-failed'));
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-lpk-handover]'), function (trigger) {
        trigger.addEventListener('click', handOver);
    });
})();
