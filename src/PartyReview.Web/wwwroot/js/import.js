// Import: checks the size before uploading, sends the form with a progress bar (upload, then the server's stages
// read from /Import/Progress), and goes where the server answers. Without JavaScript the forms post as usual.
(function () {
  'use strict';
  var box = document.getElementById('import-progress');
  if (!box || !window.XMLHttpRequest || !window.crypto) {
    return;
  }
  var bar = box.querySelector('.progress-bar');
  var meter = box.querySelector('.progress');
  var stage = document.getElementById('import-stage');

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
      if (xhr.responseURL && xhr.responseURL.indexOf(form.action) !== 0) {
        window.location.assign(xhr.responseURL);
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    };
    xhr.onerror = function () {
      if (polling) { window.clearInterval(polling); }
      form.submit();
    };
    xhr.send(data);
    form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
  }

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
}());
