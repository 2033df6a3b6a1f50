/* The front page's "Copy" buttons: copy the address beside them, and say so in the button for a moment. */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-copy]') : null;
    if (!button) {
        return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source) {
        return;
    }
    var text = source.textContent.trim();
    var label = button.textContent;
    function done() {
        button.textContent = button.getAttribute('data-copied');
        setTimeout(function () { button.textContent = label; }, 2000);
    }
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { select(source); });
    } else {
        select(source);
    }
    function select(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try {
            if (document.execCommand('copy')) {
                done();
            }
        } catch (e) {
            /* the text stays selected: the admin copies it by hand */
        }
    }
});
