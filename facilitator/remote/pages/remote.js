// The phone pages (view and control): the meeting from the app's event stream, counted on
// smoothly between pushes. Programme text is only ever put on the page with textContent.
"use strict";
(function () {
  const WORDS = {
    en: {
      block: "Block %1 of %2", step: "Step %1/%2: %3", next: "Next: %1 · %2 min",
      last: "Last block", lost: "Connection lost, reconnecting…",
      connecting: "Connecting…", no_token: "This link is not valid (any more). Ask the facilitator for the link again.",
      wrong_token: "This link is not valid (any more). Ask the facilitator for the link again.",
      view_only: "This is a view link: it cannot move the meeting.",
      paired_elsewhere: "Another phone controls the meeting. The facilitator can release it.",
      no_device: "This browser cannot keep a device name (storage is off).",
      refused: "The app refused: %1",
      previous: "◀ Previous", next_block: "Next ▶", start: "▶ Start", pause: "❚❚ Pause",
      resume: "▶ Resume", add: "+1 min", remove: "−1 min", send: "Note", note: "A note for the log",
      done: "Done", awake: "The screen stays on.",
      sleepy: "The screen may turn off: this browser keeps it on only over https.",
    },
    da: {
      block: "Blok %1 af %2", step: "Trin %1/%2: %3", next: "Næste: %1 · %2 min.",
      last: "Sidste blok", lost: "Forbindelse tabt – forbinder igen …",
      connecting: "Forbinder …", no_token: "Linket gælder ikke (længere). Bed ordstyreren om linket igen.",
      wrong_token: "Linket gælder ikke (længere). Bed ordstyreren om linket igen.",
      view_only: "Det her er et link til visning: det kan ikke styre mødet.",
      paired_elsewhere: "En anden telefon styrer mødet. Ordstyreren kan frigive den.",
      no_device: "Browseren kan ikke huske et enhedsnavn (lager er slået fra).",
      refused: "Appen afviste: %1",
      previous: "◀ Forrige", next_block: "Næste ▶", start: "▶ Start", pause: "❚❚ Pause",
      resume: "▶ Fortsæt", add: "+1 min.", remove: "−1 min.", send: "Note", note: "En note til loggen",
      done: "Udført", awake: "Skærmen holdes tændt.",
      sleepy: "Skærmen kan slukke: browseren holder den kun tændt over https.",
    },
  };
  const page = document.body.dataset.page;
  const token = decodeURIComponent(location.hash.slice(1));
  let lang = (navigator.language || "en").toLowerCase().startsWith("da") ? "da" : "en";
  let state = null;
  let lags = [];           // ms: local clock minus the app's at each push (min: least delay)
  let lastHeard = 0;       // performance.now() of the last bytes from the stream
  let refused = null;
  let connected = false;
  let abort = null;

  const $ = (id) => document.getElementById(id);
  const say = (key, ...values) => {
    let text = (WORDS[lang] || WORDS.en)[key] || key;
    values.forEach((value, i) => { text = text.replace("%" + (i + 1), String(value)); });
    return text;
  };
  const setText = (id, text) => { const el = $(id); if (el && el.textContent !== text) el.textContent = text; };
  const now = () => performance.timeOrigin + performance.now();

  function countdown(seconds) {
    // As the window shows it (ui/text.py countdown): '42:17', '+03:12' after zero.
    let sign = "";
    let whole;
    if (seconds >= 0) { whole = Math.ceil(seconds - 1e-6); } else { whole = Math.floor(-seconds + 1e-6); sign = "+"; }
    const hours = Math.floor(whole / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    const secs = whole % 60;
    const two = (n) => String(n).padStart(2, "0");
    return hours ? `${sign}${hours}:${two(minutes)}:${two(secs)}` : `${sign}${two(minutes)}:${two(secs)}`;
  }

  function figureNow() {
    if (!state) return null;
    if (!state.running) return state.figure;
    // The app's clock now, from the least delayed push: no drift, and no jump when one arrives.
    const lag = Math.min(...lags);
    const appNow = now() - lag;
    return state.figure - Math.max(0, appNow - state.server_ms) / 1000 * state.speed;
  }

  function showConnection() {
    const bar = $("connection");
    let text = "";
    if (refused) text = say(refused) === refused ? say("refused", refused) : say(refused);
    else if (!connected) text = state ? say("lost") : say("connecting");
    bar.hidden = !text;
    bar.classList.toggle("refused", Boolean(refused));
    setText("connection", text);
  }

  function render() {
    showConnection();
    if (!state) return;
    const figure = figureNow();
    // Time spent (an untimed block, a finished meeting) counts up without the '+' of over time.
    const text = state.counts_up ? countdown(figure).replace("+", "") : countdown(figure);
    setText("figure", text);
    // '+1:05:30' needs a smaller size than '05:30' to stay on one line.
    $("figure").classList.toggle("long", text.length > 5);
  }

  function show(next) {
    state = next;
    if (next.lang && WORDS[next.lang]) { lang = next.lang; document.documentElement.lang = lang; }
    document.body.className = "phase-" + next.phase + " state-" + next.state;
    setText("programme", next.programme);
    setText("block", next.block.title);
    const step = next.step ? say("step", next.step.number, next.step.count, next.step.title) : "";
    setText("step", step);
    setText("phase", next.words ? next.words.phase : "");
    setText("schedule", next.words ? next.words.schedule : "");
    setText("next", next.next ? say("next", next.next.title, next.next.minutes) : say("last"));
    document.title = next.block.title + " · facilitator";
    if (page === "control") labelButtons();
    if (awake) setText("awake", say(awake));
    render();
  }

  function receive(data) {
    lags.push(now() - data.server_ms);
    if (lags.length > 30) lags = lags.slice(-30);
    show(data);
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function listen() {
    let wait = 500;
    for (;;) {
      abort = new AbortController();
      try {
        const response = await fetch("/api/events", {
          headers: { Authorization: "Bearer " + token }, cache: "no-store", signal: abort.signal,
        });
        if (response.status === 401 || response.status === 403) {
          const body = await response.json().catch(() => ({}));
          refused = body.error || String(response.status);
          connected = false;
          // A refused link shows nothing of the meeting, not even what it showed before.
          state = null;
          document.querySelector("main").hidden = true;
          render();
          return; // a refused link stays refused: no retrying
        }
        if (!response.ok || !response.body) throw new Error(String(response.status));
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        connected = true;
        wait = 500;
        lastHeard = performance.now();
        render();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          lastHeard = performance.now();
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const chunk = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of chunk.split("\n")) {
              if (line.startsWith("data: ")) receive(JSON.parse(line.slice(6)));
            }
          }
        }
      } catch (error) {
        // dropped, aborted by the watchdog, or the app is gone: try again below
      }
      connected = false;
      render();
      await sleep(wait);
      wait = Math.min(wait * 2, 4000);
    }
  }

  // The app sends something every second or two; silence longer than this is a lost connection.
  setInterval(() => {
    if (connected && performance.now() - lastHeard > 5000 && abort) abort.abort();
  }, 1000);
  setInterval(render, 100);

  // Keep the screen on where the browser allows it (it needs a secure page: https or localhost).
  let wakeLock = null;
  let awake = "";  // what to say about the screen, said again when the language is known
  async function stayAwake() {
    awake = "sleepy";
    if ("wakeLock" in navigator) {
      try {
        wakeLock = await navigator.wakeLock.request("screen");
        awake = "awake";
      } catch (error) {
        awake = "sleepy";
      }
    }
    setText("awake", say(awake));
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && (!wakeLock || wakeLock.released)) stayAwake();
  });

  // ------------------------------------------------------------------ the control page
  function device() {
    try {
      let id = localStorage.getItem("facilitator-device");
      if (!id) {
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
        localStorage.setItem("facilitator-device", id);
      }
      return id;
    } catch (error) {
      return "";
    }
  }

  function labelButtons() {
    setText("previous", say("previous"));
    setText("next-block", say("next_block"));
    setText("add-minute", say("add"));
    setText("remove-minute", say("remove"));
    setText("note-send", say("send"));
    $("note-text").placeholder = say("note");
    const s = state ? state.state : "not_started";
    setText("toggle", s === "running" ? say("pause") : s === "paused" ? say("resume") : say("start"));
    const live = s === "running" || s === "paused";
    $("previous").disabled = !live;
    $("add-minute").disabled = !live;
    $("remove-minute").disabled = !live;
    $("toggle").disabled = s === "finished";
    $("next-block").disabled = s === "finished";
    $("note-send").disabled = !live;
  }

  async function act(action, body) {
    setText("feedback", "");
    try {
      const response = await fetch("/api/" + action, {
        method: "POST", cache: "no-store",
        headers: { Authorization: "Bearer " + token, "X-Facilitator-Device": device(),
                   "Content-Type": "application/json" },
        body: JSON.stringify(body || {}),
      });
      const data = await response.json().catch(() => ({}));
      if (response.ok) {
        receive(data);
        setText("feedback", say("done"));
        return true;
      }
      const code = data.error || String(response.status);
      setText("feedback", say(code) === code ? say("refused", code) : say(code));
    } catch (error) {
      setText("feedback", say("lost"));
    }
    return false;
  }

  if (page === "control") {
    labelButtons();
    for (const button of document.querySelectorAll("[data-action]")) {
      button.addEventListener("click", () => act(button.dataset.action));
    }
    $("note-send").addEventListener("click", async () => {
      const input = $("note-text");
      if (input.value.trim() && await act("note", { text: input.value.trim() })) input.value = "";
    });
  }

  stayAwake();
  render();
  listen();
})();
