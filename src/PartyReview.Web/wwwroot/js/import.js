// Import: checks the size before uploading, sends the form with a progress bar (upload, then the server's stages
// read from /Import/Progress), and then goes to the address the server redirected to (the preview at /Import/{id},
// or the result there after a confirmation), so the page has its own address and reloads as itself. A refusal (the
// server answers the form's own address, 422 or 409) replaces the page's main content. Without JavaScript the forms
// post as usual and follow the same redirect.
(function () {
  'use strict';
  if (!window.XMLHttpRequest || !window.crypto || !window.DOMParser) {
    return;
  }
  var box, bar, meter, stage;

  function show(percent, text) {
    box.hidden = false;
    bar.style.width = percent + '%';
    meter.setAttribute('aria-valuenow', String(percent));
    if (text) { stage.textContent = text; }
  }

  function token() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function send(form, label) {
    var id = token();
    var field = form.querySelector('input[name=progressToken]');
    if (field) { field.value = id; }
    var data = new FormData(form);
    var antiforgery = document.querySelector('input[name=__RequestVerificationToken]');
    if (antiforgery && !data.has('__RequestVerificationToken')) { data.append('__RequestVerificationToken', antiforgery.value); }
    var xhr = new XMLHttpRequest();
    var polling = null;
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { show(Math.round(e.loaded * 40 / e.total), label + ' ' + Math.round(e.loaded * 100 / e.total) + '%'); }
    };
    xhr.upload.onload = function () {
      polling = window.setInterval(function () {
        fetch('/Import/Progress?token=' + id, { credentials: 'same-origin' })
          .then(function (r) { return r.json(); })
          .then(function (p) {
            if (p.stage) { show(Math.max(40, p.percent), p.stage + (p.rows ? ' (' + p.rows.toLocaleString('vi-VN') + ' dòng)' : '')); }
          })
          .catch(function () { });
      }, 500);
    };
    xhr.onload = function () {
      if (polling) { window.clearInterval(polling); }
      show(100, '');
      if (xhr.responseURL && xhr.responseURL.split('#')[0] !== form.action.split('#')[0]) {
        window.location.assign(xhr.responseURL);
        return;
      }
      var answer = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var main = document.querySelector('main');
      var answered = answer.querySelector('main');
      if (!main || !answered) {
        window.location.reload();
        return;
      }
      main.innerHTML = answered.innerHTML;
      document.title = answer.title;
      bind();
    };
    xhr.onerror = function () {
      if (polling) { window.clearInterval(polling); }
      form.submit();
    };
    xhr.send(data);
    form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
  }

  function bind() {
    box = document.getElementById('import-progress');
    if (!box) {
      return;
    }
    bar = box.querySelector('.progress-bar');
    meter = box.querySelector('.progress');
    stage = document.getElementById('import-stage');
    listen();
  }

  function listen() {
    var upload = document.getElementById('import-form');
    if (upload) {
      upload.addEventListener('submit', function (e) {
        var input = upload.querySelector('input[type=file]');
        var max = Number(upload.dataset.maxBytes);
        if (input.files.length === 1 && input.files[0].size > max) {
          e.preventDefault();
          show(0, upload.dataset.tooLarge);
          return;
        }
        e.preventDefault();
        send(upload, 'Đang tải lên');
      });
    }

    var confirm = document.getElementById('confirm-form');
    if (confirm) {
      confirm.addEventListener('submit', function (e) {
        e.preventDefault();
        send(confirm, 'Đang ghi');
      });
    }
  }

  bind();
}());
