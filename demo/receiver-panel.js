// Demo only: polls the receiver's admin endpoint (through the dev server's proxy, which adds the admin
// token; see vite.config.ts) and lists what it stored for this visitor's consent id.
const status = document.querySelector('[data-receiver-status]');
const list = document.querySelector('[data-receiver-records]');

async function refresh() {
  const id = window.suostumus?.get().record?.id;
  if (!id) return;
  try {
    const response = await fetch(`/admin/consents/${id}`);
    if (!response.ok) {
      status.textContent = `The receiver answered ${response.status}: is it running, and is SUOSTUMUS_RECEIVER set for npm start?`;
      return;
    }
    const { records } = await response.json();
    status.textContent = `${records.length} record(s) for consent id ${id}`;
    list.replaceChildren(...records.map((r) => {
      const item = document.createElement('li');
      item.textContent = `${r.receivedAt}: ${r.choice} (${r.source}, revision ${r.revision}, texts ${r.textsHash}) ${JSON.stringify(r.categories)}`;
      return item;
    }));
  } catch {
    status.textContent = 'No receiver reached: start one (docs/receiver.md, "The demo").';
  }
}

document.addEventListener('suostumus-change', () => setTimeout(refresh, 300));
setInterval(refresh, 2000);
refresh();
