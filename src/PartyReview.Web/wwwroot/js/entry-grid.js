// Keyboard-first entry grid. Without this script the page is a plain form that still saves (every field reachable by Tab).
// With it, rows are in the Tab order and score fields are not, so typing on a row never types into a field.
// Keys on a focused row: 1–4 set HTXSNV…KHTNV and move on; 0 marks "not rated" and opens the reason;
// ↑/↓ move; → or F2 goes into the score (100-point scale), Enter there moves on; Esc goes back to the row; Ctrl+S saves.
// The texts (quota line, score message) come from the page, in the user's language.
(function () {
    "use strict";
    const form = document.getElementById("entry-form");
    if (!form || form.querySelector("select:disabled")) {
        return;
    }

    const pointScale = form.dataset.pointScale === "true";
    const scoreMessage = form.dataset.scoreMessage || "";
    const counters = document.querySelector("[data-testid=counters]");
    const quotaPercent = parseInt(document.querySelector("[data-quota-percent]").dataset.quotaPercent, 10);
    const quota = counters.querySelector("[data-quota]");
    const rows = Array.from(document.querySelectorAll("[data-row]"));
    const memberRows = rows.filter(r => r.tagName === "TR");
    const levelNames = { 1: "Excellent", 2: "Good", 3: "Complete", 4: "NotComplete" };
    const state = { dirty: false };
    const { focusRow, levelKey: sharedLevelKey, moveKey, decimalComma, guard } = window.EntryKeys;
    let feedbacks = 0;

    const field = (row, name) => row.querySelector(`[data-field=${name}]`);

    // "{0} … {4}" filled from the values, as the server formats the same resource.
    const fill = (pattern, values) => pattern.replace(/\{(\d+)\}/g, (_, i) => String(values[parseInt(i, 10)]));

    // A score is empty, or a number from 0 to 100 with a decimal comma (a dot is read as the comma).
    function scoreState(text) {
        const typed = (text || "").trim();
        if (!typed) {
            return { valid: true, value: null };
        }
        if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(typed)) {
            return { valid: false, value: null };
        }
        const value = Number(typed.replace(",", "."));
        return value >= 0 && value <= 100 ? { valid: true, value } : { valid: false, value: null };
    }

    // Red at once, with the message under the field, before any save.
    function showScoreState(input) {
        const valid = scoreState(input.value).valid;
        let feedback = document.getElementById(input.dataset.feedback || "");
        if (!valid && !feedback) {
            feedback = document.createElement("div");
            feedbacks += 1;
            feedback.id = `score-feedback-${feedbacks}`;
            feedback.className = "invalid-feedback score-feedback";
            feedback.dataset.scoreFeedback = "";
            input.dataset.feedback = feedback.id;
            input.insertAdjacentElement("afterend", feedback);
        }
        input.classList.toggle("is-invalid", !valid);
        if (valid) {
            input.removeAttribute("aria-invalid");
            input.removeAttribute("aria-describedby");
            if (feedback) {
                feedback.textContent = "";
            }
        } else {
            input.setAttribute("aria-invalid", "true");
            input.setAttribute("aria-describedby", feedback.id);
            feedback.textContent = scoreMessage;
        }
        return valid;
    }

    // The level a row will get, as the server's rules give it (the server decides on save).
    function levelOf(row) {
        if (field(row, "reason").value) {
            return "NotRated";
        }
        const score = pointScale && field(row, "score") ? scoreState(field(row, "score").value).value : null;
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
        const over = Math.max(0, counts.Excellent - maximum);
        const values = [counts.Excellent, quotaPercent, counts.Good, maximum, over];
        quota.textContent = fill(quota.dataset.quotaPattern, values) + (over > 0 ? fill(quota.dataset.quotaOverPattern, values) : "");
        quota.classList.toggle("text-danger", over > 0);
        quota.classList.toggle("fw-semibold", over > 0);
    }

    // The next row still to rate after this one; else simply the next row.
    function next(row) {
        const index = rows.indexOf(row);
        return rows.slice(index + 1).find(isPending) || rows[index + 1] || row;
    }

    function clearScore(row) {
        const score = pointScale ? field(row, "score") : null;
        if (score) {
            score.value = "";
            showScoreState(score);
        }
    }

    function setLevel(row, level) {
        field(row, "level").value = String(level);
        field(row, "reason").value = "";
        clearScore(row);
        changed();
    }

    function enterScore(row) {
        const score = pointScale ? field(row, "score") : null;
        if (score) {
            score.focus();
            score.select();
        }
        return score !== null;
    }

    function changed() {
        state.dirty = true;
        refresh();
    }

    const levelKey = (event, row) => sharedLevelKey(event, row, {
        setLevel,
        next,
        clearLevel: r => {
            field(r, "level").value = "";
            clearScore(r);
            changed();
        },
    });

    document.addEventListener("keydown", event => {
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
            } else if (event.key === "Enter" && target.dataset.field === "score") {
                event.preventDefault();
                if (showScoreState(target)) {
                    changed();
                    focusRow(next(row));
                }
            } else if (event.key === "Enter" && target.dataset.field === "reason") {
                event.preventDefault();
                changed();
                focusRow(next(row));
            } else if (target.dataset.field === "level") {
                levelKey(event, row);
            }
            return;
        }

        if (levelKey(event, row) || moveKey(event, row, rows)) {
            return;
        }
        if ((event.key === "ArrowRight" || event.key === "F2") && enterScore(row)) {
            event.preventDefault();
        }
    });

    form.addEventListener("change", changed);
    form.addEventListener("input", event => {
        const input = event.target;
        if (input.dataset.field === "score") {
            decimalComma(input);
            showScoreState(input);
            changed();
        }
    });
    // Rows in the Tab order, score fields out of it (reached with → or F2): the first Tab into the grid lands on a row.
    guard(form, rows, state, "[data-field=score]");
    form.querySelectorAll("[data-field=score]").forEach(showScoreState);
    refresh();
    focusRow(memberRows.find(isPending) || rows.find(isPending) || rows[0]);
})();
