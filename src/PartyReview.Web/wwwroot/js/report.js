// The report page: print, and put the generated draft back into the editor.
(function () {
    'use strict';
    document.querySelectorAll('[data-action=print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
    var regenerate = document.querySelector('[data-action=regenerate]');
    var text = document.getElementById('reportText');
    var generated = document.getElementById('generatedText');
    if (regenerate && text && generated) {
        regenerate.addEventListener('click', function () {
            text.value = generated.value;
            text.focus();
        });
    }
})();
