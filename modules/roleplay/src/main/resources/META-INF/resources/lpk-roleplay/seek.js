/* A feedback's time mark ("at 0:42") moves the recording's player there and plays it: the store answers the Range. */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.lpk-rp-seek') : null;
        if (!button) {
            return;
        }
        var player = document.getElementById(button.getAttribute('data-player'));
        if (!player) {
            return;
        }
        player.currentTime = parseInt(button.getAttribute('data-at'), 10);
        player.focus();
        var playing = player.play();
        if (playing && playing.catch) {
            playing.catch(function () { /* a browser that will not autoplay: it still sits at the mark */ });
        }
    });
}());
