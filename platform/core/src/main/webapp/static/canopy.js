// Enhancements only: every page works without JavaScript.
const govukFrontend = document.documentElement.dataset.govukJs;
if (govukFrontend) {
  import(govukFrontend).then(({ initAll }) => initAll());
}

// Uploads and long imports: show what is happening (bytes sent, then the server's work) instead of a
// frozen page. Without JavaScript the form posts normally.
for (const form of document.querySelectorAll('form[data-canopy-progress]')) {
  form.addEventListener('submit', (event) => {
    const panel = document.getElementById('progress');
    const bar = document.getElementById('progress-bar');
    const label = document.getElementById('progress-label');
    if (!panel || !window.FormData) {
      return;
    }
    event.preventDefault();
    panel.hidden = false;
    form.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', (progress) => {
      if (progress.lengthComputable) {
        bar.value = Math.round(100 * progress.loaded / progress.total);
        label.textContent = `Uploading: ${bar.value}%`;
      }
    });
    request.upload.addEventListener('load', () => {
      bar.removeAttribute('value');
      label.textContent = form.dataset.canopyProgress;
    });
    request.addEventListener('load', () => {
      if (request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
        return;
      }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', () => {
      label.textContent = 'The connection failed. Nothing was imported; please try again.';
      form.querySelectorAll('button').forEach((button) => { button.disabled = false; });
    });
    request.send(new FormData(form));
  });
}
