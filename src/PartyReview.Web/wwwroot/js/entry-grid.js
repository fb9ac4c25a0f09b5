// Keyboard-first entry grid. Without this script the page is a plain form that still saves.
// Keys on a focused row: 1–4 set HTXSNV…KHTNV and move on; 0 marks "not rated" and opens the reason;
// ↑/↓ move; → (or Enter) goes into the score (100-point scale), Enter there moves on; Ctrl+S saves; Esc leaves a field.
(function () {
    "use strict";
    const form = document.getElementById("entry-form");
    if (!form || form.querySelector("select:disabled")) {
        return;
    }

    const pointScale = form.dataset.pointScale === "true";
    const counters = document.querySelector("[data-testid=counters]");
    const quotaPercent = parseInt(document.querySelector("[data-quota-percent]").dataset.quotaPercent, 10);
    const rows = Array.from(document.querySelectorAll("[data-row]"));
    const memberRows = rows.filter(r => r.tagName === "TR");
    const levelNames = { 1: "Excellent", 2: "Good", 3: "Complete", 4: "NotComplete" };
    let dirty = false;

    const field = (row, name) => row.querySelector(`[data-field=${name}]`);

    function parseScore(text) {
        if (!text || !text.trim()) {
            return null;
        }
        const value = Number(text.trim().replace(",", "."));
        return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
    }

    // The level a row will get, as the server's rules give it (the server decides on save).
    function levelOf(row) {
        if (field(row, "reason").value) {
            return "NotRated";
        }
        const score = pointScale && field(row, "score") ? parseScore(field(row, "score").value) : null;
        let level = null;
        if (score !== null) {
            level = score >= 90 ? 1 : score >= 70 ? 2 : score >= 50 ? 3 : 4;
            const discipline = field(row, "discipline") || field(row, "disciplined");
            const disciplined = discipline && (discipline.type === "checkbox" ? discipline.checked : discipline.value !== "None");
            if (disciplined && !field(row, "remedied")?.checked) {
                level = 4;
            } else if (field(row, "sick")?.checked && level < 3) {
                level = 3;
            }
        } else if (field(row, "level").value) {
            level = parseInt(field(row, "level").value, 10);
        }
        return level === null ? null : levelNames[level];
    }

    function isPending(row) {
        return levelOf(row) === null;
    }

    function refresh() {
        const counts = { Excellent: 0, Good: 0, Complete: 0, NotComplete: 0, NotRated: 0 };
        let done = 0;
        for (const row of memberRows) {
            const level = levelOf(row);
            row.dataset.pending = level === null ? "true" : "false";
            if (level !== null) {
                counts[level] += 1;
                done += 1;
            }
        }
        for (const [name, value] of Object.entries(counts)) {
            counters.querySelector(`[data-count=${name}]`).textContent = value;
        }
        counters.querySelector("[data-count=Done]").textContent = done;
        const maximum = Math.floor(counts.Good * quotaPercent / 100);
        const over = counts.Excellent - maximum;
        const quota = counters.querySelector("[data-quota]");
        quota.textContent = `HTXSNV ${counts.Excellent} — tối đa ${quotaPercent} % của ${counts.Good} HTTNV = ${maximum}` + (over > 0 ? ` — vượt ${over}` : "");
        quota.classList.toggle("text-danger", over > 0);
        quota.classList.toggle("fw-semibold", over > 0);
    }

    function focusRow(row) {
        if (row) {
            row.focus();
            row.scrollIntoView({ block: "nearest" });
        }
    }

    // The next row still to rate after this one; else simply the next row.
    function next(row) {
        const index = rows.indexOf(row);
        return rows.slice(index + 1).find(isPending) || rows[index + 1] || row;
    }

    function setLevel(row, level) {
        field(row, "level").value = String(level);
        field(row, "reason").value = "";
        if (pointScale && field(row, "score")) {
            field(row, "score").value = "";
        }
        changed();
    }

    function changed() {
        dirty = true;
        refresh();
    }

    function save() {
        dirty = false;
        form.requestSubmit();
    }

    document.addEventListener("keydown", event => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
            event.preventDefault();
            save();
            return;
        }

        const target = event.target;
        const row = target.closest ? target.closest("[data-row]") : null;
        if (!row) {
            return;
        }

        if (target !== row) {
            // Inside a field of the row.
            if (event.key === "Escape") {
                event.preventDefault();
                focusRow(row);
            } else if (event.key === "Enter" && (target.dataset.field === "score" || target.dataset.field === "reason")) {
                event.preventDefault();
                changed();
                focusRow(next(row));
            }
            return;
        }

        if (event.key >= "1" && event.key <= "4") {
            event.preventDefault();
            setLevel(row, parseInt(event.key, 10));
            focusRow(next(row));
        } else if (event.key === "0") {
            event.preventDefault();
            field(row, "level").value = "";
            if (pointScale && field(row, "score")) {
                field(row, "score").value = "";
            }
            changed();
            field(row, "reason").focus();
        } else if (event.key === "ArrowDown") {
            event.preventDefault();
            focusRow(rows[Math.min(rows.indexOf(row) + 1, rows.length - 1)]);
        } else if (event.key === "ArrowUp") {
            event.preventDefault();
            focusRow(rows[Math.max(rows.indexOf(row) - 1, 0)]);
        } else if ((event.key === "ArrowRight" || event.key === "Enter") && pointScale && field(row, "score")) {
            event.preventDefault();
            field(row, "score").focus();
            field(row, "score").select();
        }
    });

    form.addEventListener("change", changed);
    form.addEventListener("input", event => {
        if (event.target.dataset.field === "score") {
            changed();
        }
    });
    form.addEventListener("submit", () => { dirty = false; });
    rows.forEach(row => row.addEventListener("click", event => {
        if (event.target === row || event.target.tagName === "TD") {
            focusRow(row);
        }
    }));
    window.addEventListener("beforeunload", event => {
        if (dirty) {
            event.preventDefault();
        }
    });

    refresh();
    focusRow(memberRows.find(isPending) || rows.find(isPending) || rows[0]);
})();
