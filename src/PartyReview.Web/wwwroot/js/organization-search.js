// An organization drop-down with a search box (shown when the committee has more organizations than the drop-down
// lists): typing asks /Organizations/Options for the matching organizations and puts them in the drop-down, keeping
// its empty choice and the organization already chosen.
(function () {
    'use strict';
    if (window.partyReviewOrganizationSearch) {
        return;
    }

    window.partyReviewOrganizationSearch = true;

    function setup(input) {
        var select = document.getElementById(input.dataset.organizationSearch);
        if (!select) {
            return;
        }

        var hint = document.getElementById(input.id + '-hint');
        var blanks = Array.prototype.filter.call(select.options, function (o) { return o.value === ''; });
        var timer = null;
        var asked = 0;

        function fill(items, question) {
            if (question !== asked) {
                return;
            }

            var chosen = select.value;
            var chosenOption = chosen === '' ? null : select.options[select.selectedIndex];
            while (select.options.length > 0) {
                select.remove(0);
            }

            blanks.forEach(function (o) { select.add(o); });
            var kept = false;
            items.forEach(function (item) {
                var option = new Option(item.label, String(item.id));
                if (String(item.id) === chosen) {
                    option.selected = true;
                    kept = true;
                }

                select.add(option);
            });
            if (chosenOption && !kept) {
                select.add(chosenOption, blanks.length);
                chosenOption.selected = true;
            }

            if (hint) {
                hint.textContent = hint.dataset.found.replace('{0}', String(items.length));
            }
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                asked += 1;
                var question = asked;
                var url = '/Organizations/Options?q=' + encodeURIComponent(input.value.trim()) + (input.dataset.wide === 'true' ? '&wide=true' : '');
                fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (items) { fill(items, question); })
                    .catch(function () { /* the drop-down keeps what it had */ });
            }, 250);
        });
        input.addEventListener('keydown', function (e) {
            // Enter in the search box must not submit the form around it.
            if (e.key === 'Enter') {
                e.preventDefault();
            }
        });
    }

    document.querySelectorAll('[data-organization-search]').forEach(setup);
})();
