// Keyboard-first entry grid of a Quy định 366 step (self-assessment, proposal or decision). Without this script the page
// is a plain form that still saves. With it, rows are in the Tab order and the point fields are not:
// on a focused row 1–4 set the level (empty = the computed one), 0 opens the not-rated reason, ↑/↓ move, → or F2 goes
// into the common points; there Tab/Enter move through the task points and the three figures, Enter on the last goes
// to the next row, Esc goes back to the row. At the decision step Enter on a row copies its proposal. Ctrl+S saves.
// The computed level mirrors the domain (LevelConditions, ReviewRuleSet); the server decides on save.
(function () {
    "use strict";
    const form = document.getElementById("entry-form");
    if (!form || !form.classList.contains("step-form") || form.querySelector("[data-field=level]:disabled") && !form.querySelector("[data-field=level]:enabled")) {
        return;
    }

    const data = form.dataset;
    const frames = JSON.parse(data.frames || "{}");
    const counters = document.querySelector("[data-testid=counters]");
    const quotaPercent = parseInt(document.querySelector("[data-quota-percent]").dataset.quotaPercent, 10);
    const quota = counters.querySelector("[data-quota]");
    const rows = Array.from(form.querySelectorAll("tr[data-row]"));
    const memberRows = rows.filter(r => r.dataset.member === "true");
    const organizationRow = rows.find(r => r.dataset.subject === "Organization");
    const leadershipRow = rows.find(r => r.dataset.subject === "Leadership");
    const names = { 1: "Excellent", 2: "Good", 3: "Complete", 4: "NotComplete" };
    const abbreviations = { 1: "HTXSNV", 2: "HTTNV", 3: "HTNV", 4: "KHTNV" };
    const groupOrder = ["common", "task", "ontime", "exceeded", "remedied-percent"];
    const state = { dirty: false };
    const { focusRow, levelKey: sharedLevelKey, moveKey, decimalComma, guard } = window.EntryKeys;

    const field = (row, name) => row.querySelector(`[data-field="${name}"]`);
    const fill = (pattern, values) => (pattern || "").replace(/\{(\d+)\}/g, (_, i) => String(values[parseInt(i, 10)]));
    const format = value => String(Math.round(value * 100) / 100).replace(".", ",");

    // Empty → null; a number with a decimal comma or dot; anything else → NaN.
    function number(input) {
        const typed = input ? input.value.trim() : "";
        if (!typed) {
            return null;
        }
        return /^(\d+([.,]\d*)?|[.,]\d+)$/.test(typed) ? Number(typed.replace(",", ".")) : NaN;
    }

    function typeOf(row) {
        const select = field(row, "type");
        return select ? select.value : row.dataset.subjectType;
    }

    function figures(row) {
        return { onTime: number(field(row, "ontime")), exceeded: number(field(row, "exceeded")), remedied: number(field(row, "remedied-percent")) };
    }

    function disciplined(row) {
        const discipline = field(row, "discipline");
        if (discipline) {
            return discipline.value !== "None";
        }
        const flag = field(row, "disciplined");
        return flag ? flag.checked : false;
    }

    // The unit a leader leads: the TCCS row at this step when it holds a value, else the TCCS's decision.
    function unit() {
        if (organizationRow) {
            const own = assess(organizationRow, true);
            const f = figures(organizationRow);
            if (own.level !== null || f.onTime !== null || f.exceeded !== null) {
                return { level: own.level, onTime: f.onTime, exceeded: f.exceeded };
            }
        }
        if (data.unitLevel || data.unitOntime || data.unitExceeded) {
            return {
                level: data.unitLevel ? parseInt(data.unitLevel, 10) : null,
                onTime: data.unitOntime ? Number(data.unitOntime) : null,
                exceeded: data.unitExceeded ? Number(data.unitExceeded) : null,
            };
        }
        return null;
    }

    function leaderDisciplined() {
        return memberRows.some(r => typeOf(r) === "Leader" && disciplined(r));
    }

    // Each condition of a level that fails (LevelConditions.Unmet).
    function unmet(level, type, f, ledUnit, collectiveDisciplined) {
        const found = [];
        const name = abbreviations[level];
        const require = (value, needed, message) => {
            if (value !== null && !Number.isNaN(value) && value < needed) {
                found.push(fill(message, [name, format(value)]));
            }
        };
        const requireUnit = () => {
            if (type !== "Leader" || !ledUnit) {
                return;
            }
            if (ledUnit.level !== null && ledUnit.level > level) {
                found.push(fill(data.msgUnit, [name, abbreviations[ledUnit.level]]));
            } else if ((ledUnit.onTime !== null && ledUnit.onTime < 100) || (level === 1 && ledUnit.exceeded !== null && ledUnit.exceeded < 30)) {
                found.push(fill(data.msgUnitFigures, [name]));
            }
        };
        if (level === 1) {
            require(f.onTime, 100, data.msgOntime);
            require(f.exceeded, 30, data.msgExceeded);
            require(f.remedied, 100, data.msgRemedied);
            requireUnit();
            if ((type === "Organization" || type === "Leadership") && collectiveDisciplined) {
                found.push(fill(data.msgCollective, [name]));
            }
        } else if (level === 2) {
            require(f.onTime, 100, data.msgOntime);
            requireUnit();
        } else if (level === 3 && f.onTime !== null && !Number.isNaN(f.onTime) && f.onTime < 80) {
            found.push(fill(data.msgLate, [name, format(100 - f.onTime)]));
        }
        return found;
    }

    // What the rules give for a row: the total, the computed level, the level recorded, and why.
    function assess(row, skipUnit) {
        const result = { total: null, computed: null, level: null, notRated: false, messages: [], errors: false };
        if (field(row, "reason").value) {
            result.notRated = true;
            return result;
        }
        const type = typeOf(row);
        const frame = frames[type] || [30, 70];
        const common = number(field(row, "common"));
        const task = number(field(row, "task"));
        const typedLevel = field(row, "level").value ? parseInt(field(row, "level").value, 10) : null;
        const f = figures(row);
        if ([f.onTime, f.exceeded, f.remedied].some(v => v !== null && (Number.isNaN(v) || v > 100))) {
            result.messages.push(data.msgFigure);
            result.errors = true;
        }
        let total = null;
        if (common !== null || task !== null) {
            const over = [[common, frame[0], "tiêu chí chung"], [task, frame[1], "kết quả thực hiện nhiệm vụ"]]
                .filter(([v, max]) => v !== null && (Number.isNaN(v) || v > max));
            over.forEach(([, max, group]) => result.messages.push(fill(data.msgGroup, [group, format(max)])));
            if (over.length > 0) {
                result.errors = true;
            } else if (common !== null && task !== null) {
                total = common + task;
            }
        } else {
            const typed = number(field(row, "score"));
            if (typed !== null && (Number.isNaN(typed) || typed > 100)) {
                result.messages.push(data.scoreMessage);
                result.errors = true;
            } else {
                total = typed;
            }
        }
        result.total = total;
        if (total === null) {
            result.level = typedLevel;
            return result;
        }

        const ledUnit = type === "Leader" && !skipUnit ? unit() : null;
        const collective = type === "Organization"
            ? (leadershipRow ? disciplined(leadershipRow) : false) || leaderDisciplined()
            : type === "Leadership" ? leaderDisciplined() : false;
        let level = total >= 90 ? 1 : total >= 70 ? 2 : total >= 50 ? 3 : 4;
        while (level !== 4) {
            const found = unmet(level, type, f, ledUnit, collective);
            if (found.length === 0) {
                break;
            }
            result.messages.push(...found);
            level += 1;
        }
        let capped = false;
        if (type !== "Organization" && type !== "Leadership" && disciplined(row) && level !== 4) {
            level = 4;
            capped = true;
        } else if (field(row, "sick")?.checked && level < 3) {
            level = 3;
            capped = true;
        }
        result.computed = level;
        result.level = level;
        if (typedLevel !== null && typedLevel !== level) {
            if (typedLevel < level) {
                result.errors = true;
                if (!capped) {
                    result.messages.push(fill(data.msgAbove, [abbreviations[typedLevel], abbreviations[level]]));
                }
            } else if (!field(row, "adjustment").value.trim()) {
                result.errors = true;
                result.messages.push(fill(data.msgReason, [abbreviations[typedLevel], abbreviations[level]]));
            }
            result.level = typedLevel;
        }
        return result;
    }

    function show(row, result) {
        const score = field(row, "score");
        const hasGroups = number(field(row, "common")) !== null || number(field(row, "task")) !== null;
        if (score && hasGroups) {
            score.value = result.total === null ? "" : format(result.total);
        }
        if (score) {
            score.readOnly = hasGroups;
        }
        const computed = row.querySelector("[data-computed]");
        if (computed) {
            computed.textContent = result.notRated ? "KXL" : result.computed !== null ? abbreviations[result.computed] : "";
        }
        const live = row.querySelector("[data-live]");
        if (live) {
            live.textContent = result.messages.join(" ");
            live.classList.toggle("text-danger", result.errors);
            live.classList.toggle("text-body-secondary", !result.errors);
        }
        row.querySelectorAll("[data-field=common],[data-field=task]").forEach(input => {
            const value = number(input);
            const max = (frames[typeOf(row)] || [30, 70])[input.dataset.field === "common" ? 0 : 1];
            const invalid = value !== null && (Number.isNaN(value) || value > max);
            input.classList.toggle("is-invalid", invalid);
            if (invalid) {
                input.setAttribute("aria-invalid", "true");
            } else {
                input.removeAttribute("aria-invalid");
            }
        });
    }

    function refresh() {
        const counts = { Excellent: 0, Good: 0, Complete: 0, NotComplete: 0, NotRated: 0 };
        let done = 0;
        for (const row of rows) {
            if (row.dataset.mayRecord !== "true" && !row.dataset.member) {
                continue;
            }
            const result = assess(row, false);
            if (row.dataset.edited === "true") {
                show(row, result);
            }
            const pending = !result.notRated && result.level === null;
            row.dataset.pending = pending ? "true" : "false";
            if (row.dataset.member && !pending) {
                counts[result.notRated ? "NotRated" : names[result.level]] += 1;
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

    // A row the user touched: the server's findings are stale, the live ones replace them.
    function edited(row) {
        if (row && row.dataset.edited !== "true") {
            row.dataset.edited = "true";
            row.querySelectorAll("[data-finding]").forEach(f => f.remove());
            row.classList.remove("table-danger");
        }
        state.dirty = true;
        refresh();
    }

    const editable = row => row.dataset.mayRecord === "true";
    const isPending = row => row.dataset.pending === "true";

    // The next member still to record after this row; else simply the next row.
    function next(row) {
        const index = rows.indexOf(row);
        const later = rows.slice(index + 1);
        return later.find(r => isPending(r) && editable(r)) || rows[index + 1] || row;
    }

    function setLevel(row, level) {
        field(row, "level").value = String(level);
        field(row, "reason").value = "";
        edited(row);
    }

    // Decision step: the proposal's values into the decision's fields.
    function acceptProposal(row) {
        const p = row.dataset;
        if (data.step !== "Decision" || p.proposal !== "true" || !editable(row)) {
            return false;
        }
        field(row, "common").value = p.proposalCommon || "";
        field(row, "task").value = p.proposalTask || "";
        field(row, "score").value = p.proposalScore || "";
        field(row, "ontime").value = p.proposalOntime || "";
        field(row, "exceeded").value = p.proposalExceeded || "";
        field(row, "remedied-percent").value = p.proposalRemedied || "";
        field(row, "reason").value = p.proposalReason || "";
        field(row, "adjustment").value = p.proposalAdjustment || "";
        field(row, "level").value = p.proposalAdjustment || !(p.proposalScore) ? p.proposalLevel || "" : "";
        edited(row);
        return true;
    }

    const levelKey = (event, row) => sharedLevelKey(event, row, {
        editable,
        setLevel,
        next,
        clearLevel: r => {
            field(r, "level").value = "";
            edited(r);
        },
    });

    function groupStep(row, target, backwards) {
        const index = groupOrder.indexOf(target.dataset.field);
        const to = groupOrder[index + (backwards ? -1 : 1)];
        return to ? field(row, to) : null;
    }

    document.addEventListener("keydown", event => {
        const target = event.target;
        const row = target.closest ? target.closest("tr[data-row]") : null;
        if (!row || !form.contains(row)) {
            return;
        }

        if (target !== row) {
            if (event.key === "Escape") {
                event.preventDefault();
                focusRow(row);
            } else if (target.hasAttribute("data-group") && (event.key === "Enter" || event.key === "Tab")) {
                const to = groupStep(row, target, event.shiftKey);
                if (to) {
                    event.preventDefault();
                    to.focus();
                    to.select();
                } else if (event.key === "Enter" || event.shiftKey) {
                    event.preventDefault();
                    focusRow(event.shiftKey ? row : next(row));
                }
            } else if (event.key === "Enter" && (target.dataset.field === "reason" || target.dataset.field === "score")) {
                event.preventDefault();
                focusRow(next(row));
            } else if (target.dataset.field === "level") {
                levelKey(event, row);
            }
            return;
        }

        if (levelKey(event, row) || moveKey(event, row, rows)) {
            return;
        }
        if ((event.key === "ArrowRight" || event.key === "F2") && editable(row)) {
            event.preventDefault();
            const common = field(row, "common");
            common.focus();
            common.select();
        } else if (event.key === "Enter" && acceptProposal(row)) {
            event.preventDefault();
            focusRow(next(row));
        }
    });

    form.addEventListener("change", event => edited(event.target.closest("tr[data-row]")));
    form.addEventListener("input", event => {
        const input = event.target;
        if (input.classList.contains("num")) {
            decimalComma(input);
        }
        edited(input.closest("tr[data-row]"));
    });
    // Rows in the Tab order, point fields out of it (reached with → or F2): the first Tab into the grid lands on a row.
    guard(form, rows, state, "[data-group],[data-field=score]");
    rows.forEach(row => {
        const score = field(row, "score");
        if (score && (number(field(row, "common")) !== null || number(field(row, "task")) !== null)) {
            score.readOnly = true;
        }
    });
    refresh();
    focusRow(memberRows.find(r => isPending(r) && editable(r)) || memberRows[0] || rows[0]);
})();
