(function() {
	// node_modules/wxt/dist/utils/define-content-script.mjs
	function defineContentScript(definition) {
		return definition;
	}
	// utils/mail/outlook/download-hook-protocol.ts
	var DOWNLOAD_HOOK_SOURCE = "photo-triage/outlook-download";
	// entrypoints/outlook-download-hook.content.ts
	var outlook_download_hook_content_default = defineContentScript({
		matches: [
			"https://outlook.office.com/mail/*",
			"https://outlook.office365.com/mail/*",
			"https://outlook.live.com/mail/*",
			"https://outlook.cloud.microsoft/mail/*"
		],
		world: "MAIN",
		runAt: "document_start",
		exclude: ["firefox"],
		main() {
			const installed = Symbol.for("photo-triage/outlook-download-hook");
			const marks = window;
			if (marks[installed]) return;
			marks[installed] = true;
			const blobs = /* @__PURE__ */ new Map();
			const MAX_BLOBS = 16;
			const createObjectURL = URL.createObjectURL;
			const revokeObjectURL = URL.revokeObjectURL;
			URL.createObjectURL = function(obj) {
				const url = createObjectURL.call(this, obj);
				try {
					if (obj instanceof Blob) {
						blobs.set(url, obj);
						if (blobs.size > MAX_BLOBS) blobs.delete(blobs.keys().next().value);
					}
				} catch {}
				return url;
			};
			URL.revokeObjectURL = function(url) {
				blobs.delete(url);
				return revokeObjectURL.call(this, url);
			};
			const report = (href, name) => {
				try {
					if (!href) return;
					const url = new URL(href, location.href);
					const message = {
						source: DOWNLOAD_HOOK_SOURCE,
						name: name || void 0
					};
					if (url.protocol === "blob:") {
						const blob = blobs.get(url.href);
						if (!blob) return;
						message.blob = blob;
					} else if (url.protocol === "https:") message.url = url.href;
					else return;
					window.postMessage(message, location.origin);
				} catch {}
			};
			const fromAnchor = (a) => {
				if (a.hasAttribute("download") || /GetFileAttachment|\/download\b|download\.aspx/i.test(a.href)) report(a.href, a.getAttribute("download"));
			};
			const click = HTMLAnchorElement.prototype.click;
			HTMLAnchorElement.prototype.click = function() {
				if (!this.isConnected) fromAnchor(this);
				return click.call(this);
			};
			addEventListener("click", (event) => {
				const a = event.target?.closest?.("a[href]");
				if (a instanceof HTMLAnchorElement) fromAnchor(a);
			}, true);
			const open = window.open;
			window.open = function(url, ...rest) {
				if (url && /GetFileAttachment|download\.aspx/i.test(String(url))) report(String(url));
				return open.call(this, url, ...rest);
			};
		}
	});
	// \0virtual:wxt-content-script-main-world-entrypoint?/work/main/entrypoints/outlook-download-hook.content.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	return (async () => {
		try {
			return await outlook_download_hook_content_default.main();
		} catch (err) {
			logger.error(`The content script "outlook-download-hook" crashed on startup!`, err);
			throw err;
		}
	})();
})();
