// Behaviour every page may use, with no inline script (the Content-Security-Policy allows scripts from this site only).
(function () {
    'use strict';

    // <div class="progress-bar" data-progress="42">: the width is set here, not in a style attribute.
    document.querySelectorAll('[data-progress]').forEach(function (bar) {
        var value = Math.max(0, Math.min(100, parseFloat(bar.getAttribute('data-progress')) || 0));
        bar.style.width = value + '%';
    });

    // <button data-copy-target="id">: copies that field's value.
    document.querySelectorAll('[data-copy-target]').forEach(function (button) {
        button.addEventListener('click', function () {
            var field = document.getElementById(button.getAttribute('data-copy-target'));
            if (field && navigator.clipboard) {
                navigator.clipboard.writeText(field.value);
            }
        });
    });
})();
