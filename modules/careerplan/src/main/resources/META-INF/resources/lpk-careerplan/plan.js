/*
 * "Min karriereplan" (plan.xhtml): what the page does with JavaScript. Without it the page reads, and its fields stay
 * read-only (a note says so).
 *
 * - Each section's text, and trade and area, save by themselves: a second after the student stops typing, and when the
 *   field loses focus, with a PUT to the plan's JSON calls (PlanResource). A calm "Gemt kl. 10.42" in the field's
 *   status (a polite live region) says it went well; a refusal (422) shows the server's own sentence beside the field
 *   and the text stays as written. A field still unsaved when the page is left is sent with keepalive.
 * - Next steps: add, change, tick done, delete; the list is drawn again from the plan the server answers with
 *   (the markup of <template id="step-template">), and the focus is put back where the student was.
 * - Voice answers: media.js records and uploads (purpose voice-answer, reference career-plan:<section>); when the store
 *   has kept the file (the recorder's data-state becomes "stored") the saved voice is shown with a player at once.
 * - The support section's sharing, and "Send til feedback" (saves first; then opens the page again with the new
 *   version, or shows PLAN_EMPTY / PLAN_UNCHANGED beside the button).
 *
 * Every sentence comes from the page (data-msg-* on #plan-page), in the student's language.
 */
(function () {
    'use strict';
    var root = document.getElementById('plan-page');
    if (!root || !window.fetch) { return; }
    var api = root.getAttribute('data-api');
    var lc = root.getAttribute('data-lc');
    var lang = root.getAttribute('data-lang') || 'da';
    var DELAY = 1000;
    var FORM = 'application/x-www-form-urlencoded;charset=UTF-8';
    var TEXT = 'text/plain;charset=UTF-8';

    function byId(id) { return document.getElementById(id); }

    function msg(name, value) {
        var t = root.getAttribute('data-msg-' + name) || '';
        return value === undefined ? t : t.replace('{0}', value);
    }

    /** One JSON call; resolves with {ok, status, body}; rejects only when the server cannot be reached. */
    function call(method, path, body, type, keepalive) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'},
            keepalive: !!keepalive};
        if (body !== undefined) {
            init.body = body;
            init.headers['Content-Type'] = type;
        }
        return window.fetch(api + (path || '') + '?lc=' + encodeURIComponent(lc), init).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                return {ok: response.ok, status: response.status, body: json};
            });
        });
    }

    function form(fields) {
        return Object.keys(fields).map(function (k) {
            return encodeURIComponent(k) + '=' + encodeURIComponent(fields[k] === null || fields[k] === undefined ? '' : fields[k]);
        }).join('&');
    }

    /** Sets a text only when it changes, so a live region is not read again for the same words. */
    function say(element, text) {
        if (element && element.textContent !== text) { element.textContent = text; }
    }

    /** A status that says the same thing twice (two steps added) is cleared first, so it is read again. */
    function announce(element, text) {
        if (!element) { return; }
        element.textContent = '';
        window.setTimeout(function () { element.textContent = text; }, 50);
    }

    function showError(box, text) {
        if (!box) { return; }
        say(box.querySelector('.lpk-message-text'), text);
        box.hidden = false;
    }

    function hideError(box) {
        if (box && !box.hidden) {
            box.hidden = true;
            box.querySelector('.lpk-message-text').textContent = '';
        }
    }

    /** The server's own sentence for a refusal, or a plain "not saved". */
    function refusal(result) {
        return result.body && result.body.message ? result.body.message : msg('not-saved');
    }

    function clock() {
        return new Date().toLocaleTimeString(lang, {hour: '2-digit', minute: '2-digit'});
    }

    function dayText(iso) {
        var p = iso.split('-');
        return new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]))
            .toLocaleDateString(lang, {day: 'numeric', month: 'long', year: 'numeric'});
    }

    /** The plan's state, wherever the page shows it. */
    function showState(plan) {
        if (!plan || !plan.state) { return; }
        root.setAttribute('data-state', plan.state);
        Array.prototype.forEach.call(document.querySelectorAll('[data-cp-state]'), function (element) {
            say(element, plan.stateText);
            element.setAttribute('data-cp-state', plan.state);
        });
        say(byId('plan-state-explained'), root.getAttribute('data-explain-' + plan.state) || '');
        byId('plan-unsent').classList.toggle('lpk-cp-hidden', !plan.unsentChanges);
    }

    /* ---------------------------------------------------------------- fields that save by themselves */

    function saver(options) {
        var timer = null, running = null, again = false, dirty = false;

        function run() {
            window.clearTimeout(timer);
            timer = null;
            if (running) {
                again = again || dirty;
                return running;
            }
            if (!dirty) { return Promise.resolve(); }
            dirty = false;
            root.setAttribute('data-saving', 'yes');
            running = options.send(false).then(function (result) {
                if (result.ok) {
                    hideError(options.error);
                    options.fields.forEach(function (f) { f.removeAttribute('aria-invalid'); });
                    say(options.status, msg('saved', clock()));
                    showState(result.body);
                } else {
                    say(options.status, '');
                    options.fields.forEach(function (f) { f.setAttribute('aria-invalid', 'true'); });
                    showError(options.error, refusal(result));
                }
            }, function () {
                dirty = true; // not sent: the next change or "send" tries again
                say(options.status, '');
                showError(options.error, msg('offline'));
            }).then(function () {
                running = null;
                root.removeAttribute('data-saving');
                if (again) {
                    again = false;
                    return run();
                }
            });
            return running;
        }

        function changed() {
            dirty = true;
            window.clearTimeout(timer);
            timer = window.setTimeout(run, DELAY);
        }

        options.fields.forEach(function (field) {
            field.readOnly = false;
            field.addEventListener('input', changed);
            field.addEventListener('blur', run);
        });
        return {
            flush: run,
            /** Leaving the page: what is not saved yet goes with keepalive, without waiting for an answer. */
            leave: function () {
                if (dirty) {
                    dirty = false;
                    options.send(true);
                }
            }
        };
    }

    var savers = [];
    Array.prototype.forEach.call(document.querySelectorAll('[data-cp-text]'), function (area) {
        var key = area.getAttribute('data-cp-text');
        savers.push(saver({fields: [area], status: byId('status-' + key), error: byId('error-' + key),
            send: function (keepalive) { return call('PUT', '/sections/' + key, area.value, TEXT, keepalive); }}));
    });
    var trade = byId('trade');
    var area = byId('area');
    if (trade && area) {
        savers.push(saver({fields: [trade, area], status: byId('status-seek'), error: byId('error-seek'),
            send: function (keepalive) {
                return call('PUT', '/seek', form({trade: trade.value, area: area.value}), FORM, keepalive);
            }}));
    }
    window.addEventListener('pagehide', function () { savers.forEach(function (s) { s.leave(); }); });

    /* ---------------------------------------------------------------- sharing the support section */

    var share = byId('support-shared');
    if (share) {
        share.disabled = false;
        share.addEventListener('change', function () {
            var wanted = share.checked;
            var error = byId('error-support');
            call('PUT', '/support-shared', String(wanted), TEXT).then(function (result) {
                if (result.ok) {
                    hideError(error);
                    share.checked = result.body.supportShared;
                    say(byId('support-now'), msg(result.body.supportShared ? 'support-shared' : 'support-private'));
                } else {
                    share.checked = !wanted;
                    showError(error, refusal(result));
                }
            }, function () {
                share.checked = !wanted;
                showError(error, msg('offline'));
            });
        });
    }

    /* ---------------------------------------------------------------- next steps */

    var list = byId('step-list');
    var stepStatus = byId('step-status');
    var stepError = byId('step-error');
    var stepForm = byId('step-form');

    function drawSteps(steps) {
        var template = byId('step-template');
        list.innerHTML = '';
        steps.forEach(function (s) {
            var li = template.content.firstElementChild.cloneNode(true);
            li.id = 'step-' + s.id;
            li.setAttribute('data-step', s.id);
            li.setAttribute('data-due', s.due);
            li.setAttribute('data-done', String(s.done));
            li.classList.toggle('lpk-cp-overdue', s.overdue);
            li.classList.toggle('lpk-cp-done', s.done);
            var box = li.querySelector('[data-cp-done]');
            box.id = 'step-done-' + s.id;
            box.checked = s.done;
            var label = li.querySelector('label');
            label.htmlFor = box.id;
            label.textContent = s.text;
            var due = li.querySelector('.lpk-cp-step-due');
            due.id = 'step-due-' + s.id;
            box.setAttribute('aria-describedby', due.id);
            li.querySelector('.lpk-cp-due-text').textContent = msg('step-due', dayText(s.due));
            Array.prototype.forEach.call(li.querySelectorAll('[data-cp-name]'), function (n) { n.textContent = ': ' + s.text; });
            list.appendChild(li);
        });
        byId('steps-none').classList.toggle('lpk-cp-hidden', steps.length > 0);
    }

    /** A change to the steps; on success the list is drawn again and {@code then} puts the focus back. */
    function stepCall(method, path, fields, done, errorBox, then) {
        var body = fields === undefined ? undefined : form(fields);
        return call(method, path, body, FORM).then(function (result) {
            if (result.ok) {
                hideError(errorBox);
                hideError(stepError);
                drawSteps(result.body.steps);
                showState(result.body);
                announce(stepStatus, msg(done));
                if (then) { then(); }
                return true;
            }
            showError(errorBox, refusal(result));
            return false;
        }, function () {
            showError(errorBox, msg('offline'));
            return false;
        });
    }

    function stepOf(element) {
        var li = element.closest('[data-step]');
        return li ? li.getAttribute('data-step') : null;
    }

    function focusIn(id, selector) {
        var li = byId('step-' + id);
        var target = li ? li.querySelector(selector) : null;
        (target || byId('step-text')).focus();
    }

    if (list && stepForm) {
        stepForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var text = byId('step-text');
            var due = byId('step-due');
            stepCall('POST', '/steps', {text: text.value, due: due.value}, 'step-added', stepError, function () {
                text.value = '';
                due.value = '';
                text.removeAttribute('aria-invalid');
                text.focus();
            }).then(function (ok) {
                if (!ok) { text.setAttribute('aria-invalid', 'true'); }
            });
        });

        list.addEventListener('change', function (event) {
            var box = event.target;
            if (!box.matches('[data-cp-done]')) { return; }
            var id = stepOf(box);
            var wanted = box.checked;
            stepCall('POST', '/steps/' + id + '/done', {done: String(wanted)}, wanted ? 'step-done' : 'step-reopened',
                stepError, function () { focusIn(id, '[data-cp-done]'); }).then(function (ok) {
                if (!ok) { box.checked = !wanted; }
            });
        });

        list.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button) { return; }
            var li = button.closest('[data-step]');
            var id = li.getAttribute('data-step');
            var view = li.querySelector('.lpk-cp-step-view');
            if (button.hasAttribute('data-cp-edit')) {
                var edit = byId('step-edit-template').content.firstElementChild.cloneNode(true);
                var text = edit.querySelector('[data-cp-edit-text]');
                var due = edit.querySelector('[data-cp-edit-due]');
                text.id = 'edit-text-' + id;
                due.id = 'edit-due-' + id;
                edit.querySelector('[data-for="text"]').htmlFor = text.id;
                edit.querySelector('[data-for="due"]').htmlFor = due.id;
                var error = edit.querySelector('[data-cp-edit-error]');
                error.id = 'edit-error-' + id;
                text.setAttribute('aria-describedby', error.id);
                due.setAttribute('aria-describedby', error.id);
                text.value = li.querySelector('.lpk-cp-step-text').textContent;
                due.value = li.getAttribute('data-due');
                view.hidden = true;
                li.appendChild(edit);
                text.focus();
            } else if (button.hasAttribute('data-cp-cancel')) {
                li.removeChild(li.querySelector('.lpk-cp-step-edit'));
                view.hidden = false;
                li.querySelector('[data-cp-edit]').focus();
            } else if (button.hasAttribute('data-cp-save')) {
                var editing = li.querySelector('.lpk-cp-step-edit');
                stepCall('PUT', '/steps/' + id, {text: editing.querySelector('[data-cp-edit-text]').value,
                    due: editing.querySelector('[data-cp-edit-due]').value}, 'step-changed',
                    editing.querySelector('[data-cp-edit-error]'), function () { focusIn(id, '[data-cp-edit]'); });
            } else if (button.hasAttribute('data-cp-remove')) {
                var next = li.nextElementSibling ? li.nextElementSibling.getAttribute('data-step') : null;
                stepCall('DELETE', '/steps/' + id, undefined, 'step-removed', stepError, function () {
                    focusIn(next, '[data-cp-done]');
                });
            }
        });
    }

    /* ---------------------------------------------------------------- voice answers */

    function showVoice(key, src) {
        var box = byId('voice-saved-' + key);
        var holder = box.querySelector('[data-cp-player]');
        holder.innerHTML = '';
        if (src) {
            var audio = document.createElement('audio');
            audio.id = 'voice-answer-' + key;
            audio.className = 'lpk-cp-player';
            audio.controls = true;
            audio.preload = 'metadata';
            audio.src = src;
            audio.setAttribute('aria-labelledby', 'voice-label-' + key + ' title-' + key);
            holder.appendChild(audio);
        }
        box.classList.toggle('lpk-cp-hidden', !src);
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-cp-recorder]'), function (recorder) {
        var key = recorder.getAttribute('data-cp-recorder');
        new MutationObserver(function () {
            if (recorder.getAttribute('data-state') !== 'stored') { return; }
            recorder.setAttribute('data-state', 'kept');
            call('GET', '').then(function (result) {
                if (!result.ok) { return; }
                showState(result.body);
                var section = result.body.sections[key];
                showVoice(key, section && section.voice);
                // the recorder back at its start, ready for a new answer
                recorder.querySelector('[data-role="review"]').hidden = true;
                recorder.querySelector('[data-role="progress"]').hidden = true;
                recorder.querySelector('[data-role="use"]').disabled = false;
                recorder.querySelector('[data-role="start"]').hidden = false;
                var player = byId('voice-answer-' + key);
                if (player) { player.focus(); }
            });
        }).observe(recorder, {attributes: true, attributeFilter: ['data-state']});
    });

    Array.prototype.forEach.call(document.querySelectorAll('[data-cp-remove-voice]'), function (button) {
        var key = button.getAttribute('data-cp-remove-voice');
        button.addEventListener('click', function () {
            var status = byId('voice-status-' + key);
            call('DELETE', '/sections/' + key + '/voice').then(function (result) {
                if (result.ok) {
                    showVoice(key, null);
                    showState(result.body);
                    announce(status, msg('voice-removed'));
                    byId('voice-start-' + key).focus();
                } else {
                    announce(status, refusal(result));
                }
            }, function () { announce(status, msg('offline')); });
        });
    });

    /* ---------------------------------------------------------------- sending */

    var sendButton = byId('send-button');
    var sendError = byId('send-error');
    var sendStatus = byId('send-status');
    if (sendButton) {
        sendButton.addEventListener('click', function () {
            sendButton.disabled = true;
            hideError(sendError);
            say(sendStatus, msg('sending'));
            Promise.all(savers.map(function (s) { return s.flush(); })).then(function () {
                return call('POST', '/send');
            }).then(function (result) {
                if (result.ok) {
                    window.location.assign(root.getAttribute('data-after-send'));
                    return;
                }
                say(sendStatus, '');
                showError(sendError, refusal(result));
                sendButton.disabled = false;
            }, function () {
                say(sendStatus, '');
                showError(sendError, msg('offline'));
                sendButton.disabled = false;
            });
        });
    }

    /* ---------------------------------------------------------------- the page, ready */

    Array.prototype.forEach.call(document.querySelectorAll('.lpk-cp-js'), function (element) { element.hidden = false; });
    Array.prototype.forEach.call(document.querySelectorAll('[data-cp-done]'), function (box) { box.disabled = false; });
    // Back from sending, or asked for a comparison: the keyboard starts where the news is.
    var landing = byId('sent-note') ? byId('send') : (window.location.hash === '#compare' ? byId('compare') : null);
    if (landing) { landing.focus(); }
    root.setAttribute('data-ready', 'yes');
}());
