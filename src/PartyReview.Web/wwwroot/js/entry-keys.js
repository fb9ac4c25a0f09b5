// What the two keyboard-first entry grids share (entry-grid.js for levels, entry-steps.js for the steps of Quy định 366):
// focusing a row, the level keys 1–4 and 0, ↑/↓ between rows, the decimal comma, and the guards around the form
// (Ctrl+S saves, leaving with unsaved changes asks first, a click on a row's empty cell focuses it, rows in the Tab
// order and the given fields out of it). Each grid adds its own fields and keys.
(function () {
    "use strict";

    function focusRow(row) {
        if (row) {
            row.focus();
            row.scrollIntoView({ block: "nearest" });
        }
    }

    // On a row, or in its level list (where a digit would otherwise only pick an option): 1–4 set the level and move
    // on to grid.next(row); 0 clears it (grid.clearLevel) and opens the reason. Returns whether the key was one of them.
    function levelKey(event, row, grid) {
        if (event.ctrlKey || event.metaKey || event.altKey || (grid.editable && !grid.editable(row))) {
            return false;
        }
        if (event.key >= "1" && event.key <= "4") {
            event.preventDefault();
            grid.setLevel(row, parseInt(event.key, 10));
            focusRow(grid.next(row));
            return true;
        }
        if (event.key === "0") {
            event.preventDefault();
            grid.clearLevel(row);
            row.querySelector("[data-field=reason]").focus();
            return true;
        }
        return false;
    }

    // ↑/↓ on a row move to the row above or below. Returns whether the key was one of them.
    function moveKey(event, row, rows) {
        const index = rows.indexOf(row);
        if (event.key === "ArrowDown") {
            event.preventDefault();
            focusRow(rows[Math.min(index + 1, rows.length - 1)]);
            return true;
        }
        if (event.key === "ArrowUp") {
            event.preventDefault();
            focusRow(rows[Math.max(index - 1, 0)]);
            return true;
        }
        return false;
    }

    // A dot typed in a number is the decimal comma.
    function decimalComma(input) {
        if (input.value.includes(".")) {
            const caret = input.selectionStart;
            input.value = input.value.replace(/\./g, ",");
            input.setSelectionRange(caret, caret);
        }
    }

    // state.dirty is the grid's "unsaved changes"; outOfTab, the fields reached with → or F2 instead of Tab.
    function guard(form, rows, state, outOfTab) {
        document.addEventListener("keydown", event => {
            if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
                event.preventDefault();
                state.dirty = false;
                form.requestSubmit();
            }
        });
        form.addEventListener("submit", () => { state.dirty = false; });
        rows.forEach(row => row.addEventListener("click", event => {
            if (event.target === row || event.target.tagName === "TD") {
                focusRow(row);
            }
        }));
        window.addEventListener("beforeunload", event => {
            if (state.dirty) {
                event.preventDefault();
            }
        });
        rows.forEach(row => { row.tabIndex = 0; });
        form.querySelectorAll(outOfTab).forEach(input => { input.tabIndex = -1; });
    }

    window.EntryKeys = { focusRow, levelKey, moveKey, decimalComma, guard };
})();
