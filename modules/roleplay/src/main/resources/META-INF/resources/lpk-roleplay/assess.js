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
