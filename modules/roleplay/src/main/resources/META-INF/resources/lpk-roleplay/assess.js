/* "Mark now": puts the chosen answer's player position into the criterion's time mark (m:ss). */
(function () {
    'use strict';
    Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-mark-now'), function (button) {
        button.addEventListener('click', function () {
            var criterion = button.getAttribute('data-criterion');
            var prompt = document.getElementById('prompt-' + criterion).value;
            var player = document.getElementById('player-' + prompt);
            if (!player) {
                return;
            }
            var s = Math.floor(player.currentTime || 0);
            document.getElementById('at-' + criterion).value = Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
        });
    });
}());

/*
 * A recording this browser cannot play (an iPhone's H.264 in a browser without that decoder, a WebM on an older iPhone):
 * instead of a player that silently shows nothing, the page says so in plain words and offers the file to download.
 * The texts come from the player's data attributes.
 */
(function () {
    'use strict';
    function cannotPlay(player) {
        if (player.getAttribute('data-unplayable')) {
            return;
        }
        player.setAttribute('data-unplayable', String(player.error ? player.error.code : 0));
        var note = document.createElement('p');
        note.className = 'lpk-rp-cannot-play';
        note.setAttribute('role', 'status');
        note.appendChild(document.createTextNode(player.getAttribute('data-cannot-play') + ' '));
        var link = document.createElement('a');
        link.href = player.currentSrc || player.src;
        link.setAttribute('download', '');
        link.textContent = player.getAttribute('data-download');
        note.appendChild(link);
        player.hidden = true;
        player.parentNode.insertBefore(note, player.nextSibling);
    }
    Array.prototype.forEach.call(document.querySelectorAll('.lpk-rp-player[data-cannot-play]'), function (player) {
        // MEDIA_ERR_DECODE (3) or MEDIA_ERR_SRC_NOT_SUPPORTED (4); a network error (2) is no verdict on the format
        var check = function () {
            if (player.error && player.error.code >= 3) {
                cannotPlay(player);
            }
        };
        player.addEventListener('error', check);
        check(); // it may have failed before this script ran
    });
}());
