// Shows only the fields the chosen kind of ledger entry uses (transfer: organization; card: card number).
// Without the script every field stays visible and the server ignores what a kind does not use.
(function () {
    'use strict';
    document.querySelectorAll('form[data-ledger-form]').forEach(function (form) {
        var kind = form.querySelector('select[name$="Kind"]');
        if (!kind) { return; }
        function update() {
            form.querySelectorAll('[data-for-kinds]').forEach(function (field) {
                var kinds = field.getAttribute('data-for-kinds').split(' ');
                field.hidden = kind.value !== '' && kinds.indexOf(kind.value) < 0;
            });
        }
        kind.addEventListener('change', update);
        update();
    });
}());
