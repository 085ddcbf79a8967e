var background = (function() {
	// node_modules/wxt/dist/utils/define-background.mjs
	function defineBackground(arg) {
		if (arg == null || typeof arg === "function") return { main: arg };
		return arg;
	}
	// node_modules/wxt/dist/browser.mjs
	/**
	* Contains the `browser` export which you should use to access the extension
	* APIs in your project:
	*
	* ```ts
	* import { browser } from 'wxt/browser';
	*
	* browser.runtime.onInstalled.addListener(() => {
	*   // ...
	* });
	* ```
	*
	* @module wxt/browser
	*/
	var browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
	// utils/mail/sizes.ts
	var UNITS = {};
	function units(multiplier, names) {
		for (const name of names) UNITS[name.toLowerCase()] = multiplier;
	}
	units(1, [
		"b",
		"byte",
		"bytes",
		"o",
		"octet",
		"octets",
		"字节",
		"位元組",
		"バイト",
		"б",
		"байт",
		"байта",
		"байтов",
		"bajtów"
	]);
	units(1024, [
		"k",
		"kb",
		"kib",
		"ko",
		"кб",
		"кбайт",
		"k字节",
		"千字节"
	]);
	units(1024 ** 2, [
		"m",
		"mb",
		"mib",
		"mo",
		"мб",
		"мбайт",
		"兆字节"
	]);
	units(1024 ** 3, [
		"g",
		"gb",
		"gib",
		"go",
		"гб",
		"гбайт"
	]);
	// utils/mail/outlook/attachments.ts
	/** Where Outlook on the web runs (mail paths only: `/mail/`). */
	var OUTLOOK_PAGE_HOSTS = [
		"outlook.office.com",
		"outlook.office365.com",
		"outlook.live.com",
		"outlook.cloud.microsoft"
	];
	/** Token-authenticated hosts serving attachment bytes (no cookies needed, no CORS for the page). */
	var OUTLOOK_ATTACHMENT_HOSTS = ["attachments.office.net", "attachment.outlook.live.net"];
	new RegExp(`^(.*\\.(?:jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif|zip|rar|7z|pdf|docx?|xlsx?|pptx?|csv|txt|mp4|mov|eml|msg))(?=[\\s,，(（]|$)`, "i");
	// utils/mail/hosts.ts
	var GMAIL_HOSTS = {
		/** Where the content script runs. */
		pages: ["mail.google.com"],
		/** Where Gmail's `view=att` links redirect to, cookie-less (DESIGN.md). */
		attachments: ["mail-attachment.googleusercontent.com"]
	};
	var OUTLOOK_HOSTS = {
		/** Outlook on the web, work and personal; the content script runs on their mail paths only. */
		pages: [...OUTLOOK_PAGE_HOSTS],
		/** Token hosts serving attachment bytes. */
		attachments: [...OUTLOOK_ATTACHMENT_HOSTS]
	};
	var ALL = /* @__PURE__ */ new Set([
		...GMAIL_HOSTS.pages,
		...GMAIL_HOSTS.attachments,
		...OUTLOOK_HOSTS.pages,
		...OUTLOOK_HOSTS.attachments
	]);
	function allowedDownloadHost(host) {
		return ALL.has(host);
	}
	// utils/mail/inject.ts
	/** Injects each content script into the open tabs its `matches` cover; returns how many injections ran. */
	async function injectIntoOpenTabs(api) {
		let injected = 0;
		for (const script of api.runtime.getManifest().content_scripts ?? []) {
			if (!script.matches?.length || !script.js?.length) continue;
			const tabs = await api.tabs.query({ url: script.matches });
			await Promise.all(tabs.filter((tab) => tab.id !== void 0 && !tab.discarded).map((tab) => api.scripting.executeScript({
				target: {
					tabId: tab.id,
					allFrames: script.all_frames
				},
				files: script.js,
				world: script.world ?? "ISOLATED"
			}).then(() => injected++).catch((error) => console.warn(`Photo Triage: not started in tab ${tab.id}`, error))));
		}
		return injected;
	}
	// utils/dates.ts
	var pad = (n) => String(n).padStart(2, "0");
	/** The local calendar date, `YYYY-MM-DD`. */
	function todayLocal(now = /* @__PURE__ */ new Date()) {
		return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	}
	// node_modules/fflate/esm/browser.js
	var u8 = Uint8Array;
	var u16$1 = Uint16Array;
	var i32 = Int32Array;
	var fleb = new u8([
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		1,
		1,
		2,
		2,
		2,
		2,
		3,
		3,
		3,
		3,
		4,
		4,
		4,
		4,
		5,
		5,
		5,
		5,
		0,
		0,
		0,
		0
	]);
	var fdeb = new u8([
		0,
		0,
		0,
		0,
		1,
		1,
		2,
		2,
		3,
		3,
		4,
		4,
		5,
		5,
		6,
		6,
		7,
		7,
		8,
		8,
		9,
		9,
		10,
		10,
		11,
		11,
		12,
		12,
		13,
		13,
		0,
		0
	]);
	var clim = new u8([
		16,
		17,
		18,
		0,
		8,
		7,
		9,
		6,
		10,
		5,
		11,
		4,
		12,
		3,
		13,
		2,
		14,
		1,
		15
	]);
	var freb = function(eb, start) {
		var b = new u16$1(31);
		for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
		var r = new i32(b[30]);
		for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
		return {
			b,
			r
		};
	};
	var _a = freb(fleb, 2);
	var fl = _a.b;
	var revfl = _a.r;
	fl[28] = 258, revfl[258] = 28;
	var _b = freb(fdeb, 0);
	var fd = _b.b;
	_b.r;
	var rev = new u16$1(32768);
	for (var i$1 = 0; i$1 < 32768; ++i$1) {
		var x$1 = (i$1 & 43690) >> 1 | (i$1 & 21845) << 1;
		x$1 = (x$1 & 52428) >> 2 | (x$1 & 13107) << 2;
		x$1 = (x$1 & 61680) >> 4 | (x$1 & 3855) << 4;
		rev[i$1] = ((x$1 & 65280) >> 8 | (x$1 & 255) << 8) >> 1;
	}
	var hMap = (function(cd, mb, r) {
		var s = cd.length;
		var i = 0;
		var l = new u16$1(mb);
		for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
		var le = new u16$1(mb);
		for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
		var co;
		if (r) {
			co = new u16$1(1 << mb);
			var rvb = 15 - mb;
			for (i = 0; i < s; ++i) if (cd[i]) {
				var sv = i << 4 | cd[i];
				var r_1 = mb - cd[i];
				var v = le[cd[i] - 1]++ << r_1;
				for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
			}
		} else {
			co = new u16$1(s);
			for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
		}
		return co;
	});
	var flt = new u8(288);
	for (var i$1 = 0; i$1 < 144; ++i$1) flt[i$1] = 8;
	for (var i$1 = 144; i$1 < 256; ++i$1) flt[i$1] = 9;
	for (var i$1 = 256; i$1 < 280; ++i$1) flt[i$1] = 7;
	for (var i$1 = 280; i$1 < 288; ++i$1) flt[i$1] = 8;
	var fdt = new u8(32);
	for (var i$1 = 0; i$1 < 32; ++i$1) fdt[i$1] = 5;
	var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
	var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
	var max = function(a) {
		var m = a[0];
		for (var i = 1; i < a.length; ++i) if (a[i] > m) m = a[i];
		return m;
	};
	var bits = function(d, p, m) {
		var o = p / 8 | 0;
		return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
	};
	var bits16 = function(d, p) {
		var o = p / 8 | 0;
		return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
	};
	var shft = function(p) {
		return (p + 7) / 8 | 0;
	};
	var slc = function(v, s, e) {
		if (s == null || s < 0) s = 0;
		if (e == null || e > v.length) e = v.length;
		return new u8(v.subarray(s, e));
	};
	var ec = [
		"unexpected EOF",
		"invalid block type",
		"invalid length/literal",
		"invalid distance",
		"stream finished",
		"no stream handler",
		,
		"no callback",
		"invalid UTF-8 data",
		"extra field too long",
		"date not in range 1980-2099",
		"filename too long",
		"stream finishing",
		"invalid zip data"
	];
	var err = function(ind, msg, nt) {
		var e = new Error(msg || ec[ind]);
		e.code = ind;
		if (Error.captureStackTrace) Error.captureStackTrace(e, err);
		if (!nt) throw e;
		return e;
	};
	var inflt = function(dat, st, buf, dict) {
		var sl = dat.length, dl = dict ? dict.length : 0;
		if (!sl || st.f && !st.l) return buf || new u8(0);
		var noBuf = !buf;
		var resize = noBuf || st.i != 2;
		var noSt = st.i;
		if (noBuf) buf = new u8(sl * 3);
		var cbuf = function(l) {
			var bl = buf.length;
			if (l > bl) {
				var nbuf = new u8(Math.max(bl * 2, l));
				nbuf.set(buf);
				buf = nbuf;
			}
		};
		var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
		var tbts = sl * 8;
		do {
			if (!lm) {
				final = bits(dat, pos, 1);
				var type = bits(dat, pos + 1, 3);
				pos += 3;
				if (!type) {
					var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
					if (t > sl) {
						if (noSt) err(0);
						break;
					}
					if (resize) cbuf(bt + l);
					buf.set(dat.subarray(s, t), bt);
					st.b = bt += l, st.p = pos = t * 8, st.f = final;
					continue;
				} else if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
				else if (type == 2) {
					var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
					var tl = hLit + bits(dat, pos + 5, 31) + 1;
					pos += 14;
					var ldt = new u8(tl);
					var clt = new u8(19);
					for (var i = 0; i < hcLen; ++i) clt[clim[i]] = bits(dat, pos + i * 3, 7);
					pos += hcLen * 3;
					var clb = max(clt), clbmsk = (1 << clb) - 1;
					var clm = hMap(clt, clb, 1);
					for (var i = 0; i < tl;) {
						var r = clm[bits(dat, pos, clbmsk)];
						pos += r & 15;
						var s = r >> 4;
						if (s < 16) ldt[i++] = s;
						else {
							var c = 0, n = 0;
							if (s == 16) n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
							else if (s == 17) n = 3 + bits(dat, pos, 7), pos += 3;
							else if (s == 18) n = 11 + bits(dat, pos, 127), pos += 7;
							while (n--) ldt[i++] = c;
						}
					}
					var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
					lbt = max(lt);
					dbt = max(dt);
					lm = hMap(lt, lbt, 1);
					dm = hMap(dt, dbt, 1);
				} else err(1);
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
			}
			if (resize) cbuf(bt + 131072);
			var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
			var lpos = pos;
			for (;; lpos = pos) {
				var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
				pos += c & 15;
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
				if (!c) err(2);
				if (sym < 256) buf[bt++] = sym;
				else if (sym == 256) {
					lpos = pos, lm = null;
					break;
				} else {
					var add = sym - 254;
					if (sym > 264) {
						var i = sym - 257, b = fleb[i];
						add = bits(dat, pos, (1 << b) - 1) + fl[i];
						pos += b;
					}
					var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
					if (!d) err(3);
					pos += d & 15;
					var dt = fd[dsym];
					if (dsym > 3) {
						var b = fdeb[dsym];
						dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
					}
					if (pos > tbts) {
						if (noSt) err(0);
						break;
					}
					if (resize) cbuf(bt + 131072);
					var end = bt + add;
					if (bt < dt) {
						var shift = dl - dt, dend = Math.min(dt, end);
						if (shift + bt < 0) err(3);
						for (; bt < dend; ++bt) buf[bt] = dict[shift + bt];
					}
					for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
				}
			}
			st.l = lm, st.p = lpos, st.b = bt, st.f = final;
			if (lm) final = 1, st.m = lbt, st.d = dm, st.n = dbt;
		} while (!final);
		return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
	};
	var et = /*#__PURE__*/ new u8(0);
	/**
	* Streaming DEFLATE decompression
	*/
	var Inflate = /* @__PURE__ */ function() {
		function Inflate(opts, cb) {
			if (typeof opts == "function") cb = opts, opts = {};
			this.ondata = cb;
			var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
			this.s = {
				i: 0,
				b: dict ? dict.length : 0
			};
			this.o = new u8(32768);
			this.p = new u8(0);
			if (dict) this.o.set(dict);
		}
		Inflate.prototype.e = function(c) {
			if (!this.ondata) err(5);
			if (this.d) err(4);
			if (!this.p.length) this.p = c;
			else if (c.length) {
				var n = new u8(this.p.length + c.length);
				n.set(this.p), n.set(c, this.p.length), this.p = n;
			}
		};
		Inflate.prototype.c = function(final) {
			this.s.i = +(this.d = final || false);
			var bts = this.s.b;
			var dt = inflt(this.p, this.s, this.o);
			this.ondata(slc(dt, bts, this.s.b), this.d);
			this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
			this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
		};
		/**
		* Pushes a chunk to be inflated
		* @param chunk The chunk to push
		* @param final Whether this is the final chunk
		*/
		Inflate.prototype.push = function(chunk, final) {
			this.e(chunk), this.c(final);
		};
		return Inflate;
	}();
	var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
	try {
		td.decode(et, { stream: true });
	} catch (e) {}
	// utils/photo/yield.ts
	/** Give the page's main thread a turn, so no task of ours runs long (scheduler.yield where it exists). */
	function yieldToMain() {
		const scheduler = globalThis.scheduler;
		if (scheduler?.yield) return scheduler.yield();
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
	// utils/photo/limits.ts
	/**
	* Safety limits. Each protects the mail tab from a hostile or broken file; each is generous enough that
	* a real supplier photo or zip never meets it.
	*/
	var LIMITS = {
		/**
		* Pixels we agree to decode. 120 MP covers 108 MP phone sensors; a 200 MP photo is measured from its
		* header only. A bomb declaring 100 000 × 100 000 never reaches the decoder.
		*/
		maxDecodePixels: 12e7,
		/** Long edge of the bitmap the pixel metrics are computed on. */
		sampleLongEdge: 1024,
		/** Long edge of the thumbnail the UI shows (drawn from the same decode). */
		thumbnailLongEdge: 360,
		/** A single file we will read whole. */
		maxFileBytes: 268435456,
		zip: {
			/** A supplier zip holds tens of photos, not thousands; a bomb holds tens of thousands of entries. */
			maxEntries: 2e3,
			/** Declared (and actual) size of one entry. */
			maxEntryBytes: 134217728,
			/** Declared size of all entries together. */
			maxTotalBytes: 1073741824,
			/** Photos barely compress (JPEG ≈ 1:1, PNG a few to one); deflate bombs reach 1000:1. */
			maxRatio: 100,
			/** Zips inside a zip are opened one level deep. */
			maxDepth: 1
		}
	};
	// utils/photo/zip.ts
	var ZipError = class extends Error {
		reason;
		constructor(message, reason) {
			super(message);
			this.reason = reason;
			this.name = "ZipError";
		}
	};
	function looksLikeZip(bytes) {
		return bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4;
	}
	var u16 = (b, o) => b[o] | b[o + 1] << 8;
	var u32 = (b, o) => (b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24) >>> 0;
	var utf8 = new TextDecoder("utf-8", { fatal: true });
	/**
	* Zip names are UTF-8 when flag bit 11 says so; otherwise they are in the zipping machine's code page,
	* which for a Chinese factory's Windows PC is GBK. Try UTF-8, then GBK, then Latin-1.
	*/
	function decodeName(raw, utf8Flag) {
		if (utf8Flag) return new TextDecoder("utf-8").decode(raw);
		try {
			return utf8.decode(raw);
		} catch {
			try {
				return new TextDecoder("gbk", { fatal: true }).decode(raw);
			} catch {
				return Array.from(raw, (c) => String.fromCharCode(c)).join("");
			}
		}
	}
	/** Entries worth opening: not folders, not macOS resource forks or hidden files. */
	function isJunk(name) {
		const base = name.split("/").pop() ?? "";
		return name.endsWith("/") || name.startsWith("__MACOSX/") || base.startsWith(".") || base === "Thumbs.db";
	}
	/** Read and check the central directory. Throws ZipError; inflates nothing. */
	function listZip(zip, limits = LIMITS.zip) {
		if (!looksLikeZip(zip)) throw new ZipError("Not a zip archive.", "not-zip");
		let eocd = -1;
		for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) if (u32(zip, i) === 101010256) {
			eocd = i;
			break;
		}
		if (eocd < 0) throw new ZipError("The zip is truncated: its table of contents is missing.", "corrupt");
		const count = u16(zip, eocd + 10);
		const cdSize = u32(zip, eocd + 12);
		const cdOffset = u32(zip, eocd + 16);
		if (count === 65535 || cdOffset === 4294967295) throw new ZipError("ZIP64 archives are not supported.", "unsupported");
		if (count > limits.maxEntries) throw new ZipError(`The zip has ${count} entries; more than ${limits.maxEntries} is refused.`, "limit");
		if (cdOffset + cdSize > eocd) throw new ZipError("The zip table of contents is corrupt.", "corrupt");
		const entries = [];
		const ranges = [];
		let total = 0;
		let p = cdOffset;
		for (let i = 0; i < count; i++) {
			if (p + 46 > eocd || u32(zip, p) !== 33639248) throw new ZipError("The zip table of contents is corrupt.", "corrupt");
			const flags = u16(zip, p + 8);
			const method = u16(zip, p + 10);
			const compressedSize = u32(zip, p + 20);
			const size = u32(zip, p + 24);
			const nameLength = u16(zip, p + 28);
			const next = p + 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
			const localOffset = u32(zip, p + 42);
			const name = decodeName(zip.subarray(p + 46, p + 46 + nameLength), (flags & 2048) !== 0);
			p = next;
			if (isJunk(name)) continue;
			if (flags & 1) throw new ZipError(`“${name}” is encrypted.`, "unsupported");
			if (method !== 0 && method !== 8) throw new ZipError(`“${name}” uses a compression method we cannot open (${method}).`, "unsupported");
			if (size > limits.maxEntryBytes) throw new ZipError(`“${name}” would expand to ${size} bytes, over the limit.`, "limit");
			total += size;
			if (total > limits.maxTotalBytes) throw new ZipError("The zip would expand beyond the limit.", "limit");
			if (method === 8 && size > limits.maxRatio * Math.max(compressedSize, 1) && size > 1048576) throw new ZipError(`“${name}” is compressed ${Math.round(size / Math.max(compressedSize, 1))}:1 — a zip bomb.`, "limit");
			if (method === 0 && size !== compressedSize) throw new ZipError(`“${name}” is corrupt.`, "corrupt");
			if (localOffset + 30 > cdOffset || u32(zip, localOffset) !== 67324752) throw new ZipError(`“${name}” points outside the archive.`, "corrupt");
			const dataStart = localOffset + 30 + u16(zip, localOffset + 26) + u16(zip, localOffset + 28);
			if (dataStart + compressedSize > cdOffset) throw new ZipError(`“${name}” is truncated.`, "corrupt");
			ranges.push([localOffset, dataStart + compressedSize]);
			entries.push({
				name,
				compressedSize,
				size,
				method,
				dataStart
			});
		}
		ranges.sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < ranges.length; i++) if (ranges[i][0] < ranges[i - 1][1]) throw new ZipError("The zip has overlapping entries — a zip bomb.", "limit");
		return entries;
	}
	var STEP = 16384;
	/** Inflate one entry, counting output and yielding to the page between steps. */
	async function readZipEntry(zip, entry, signal) {
		const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
		if (entry.method === 0) return data;
		const out = new Uint8Array(entry.size);
		let written = 0;
		const inflater = new Inflate((chunk) => {
			if (written + chunk.length > entry.size) throw new ZipError(`“${entry.name}” expands beyond its declared size — a zip bomb.`, "limit");
			out.set(chunk, written);
			written += chunk.length;
		});
		let last = performance.now();
		try {
			for (let i = 0; i < data.length; i += STEP) {
				inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
				if (performance.now() - last > 8) {
					await yieldToMain();
					signal?.throwIfAborted();
					last = performance.now();
				}
			}
			if (data.length === 0) inflater.push(/* @__PURE__ */ new Uint8Array(0), true);
		} catch (e) {
			if (e instanceof ZipError || e?.name === "AbortError") throw e;
			throw new ZipError(`“${entry.name}” is corrupt (${e.message}).`, "corrupt");
		}
		if (written !== entry.size) throw new ZipError(`“${entry.name}” is truncated.`, "corrupt");
		return out;
	}
	// node_modules/idb/build/index.js
	var instanceOfAny = (object, constructors) => constructors.some((c) => object instanceof c);
	var idbProxyableTypes;
	var cursorAdvanceMethods;
	function getIdbProxyableTypes() {
		return idbProxyableTypes || (idbProxyableTypes = [
			IDBIndex,
			IDBObjectStore,
			IDBCursor,
			IDBDatabase,
			IDBTransaction
		]);
	}
	function getCursorAdvanceMethods() {
		return cursorAdvanceMethods || (cursorAdvanceMethods = [
			"advance",
			"continue",
			"continuePrimaryKey"
		].map((method) => IDBCursor.prototype[method]));
	}
	var transactionDoneMap = /* @__PURE__ */ new WeakMap();
	var transformCache = /* @__PURE__ */ new WeakMap();
	var reverseTransformCache = /* @__PURE__ */ new WeakMap();
	function promisifyRequest(request) {
		const promise = new Promise((resolve, reject) => {
			const unlisten = () => {
				request.removeEventListener("success", success);
				request.removeEventListener("error", error);
			};
			const success = () => {
				resolve(wrap(request.result));
				unlisten();
			};
			const error = () => {
				reject(request.error);
				unlisten();
			};
			request.addEventListener("success", success);
			request.addEventListener("error", error);
		});
		reverseTransformCache.set(promise, request);
		return promise;
	}
	function cacheDonePromiseForTransaction(tx) {
		if (transactionDoneMap.has(tx)) return;
		const done = new Promise((resolve, reject) => {
			const unlisten = () => {
				tx.removeEventListener("complete", complete);
				tx.removeEventListener("error", error);
				tx.removeEventListener("abort", error);
			};
			const complete = () => {
				resolve();
				unlisten();
			};
			const error = () => {
				reject(tx.error || new DOMException("AbortError", "AbortError"));
				unlisten();
			};
			tx.addEventListener("complete", complete);
			tx.addEventListener("error", error);
			tx.addEventListener("abort", error);
		});
		transactionDoneMap.set(tx, done);
	}
	var idbProxyTraps = {
		get(target, prop, receiver) {
			if (target instanceof IDBTransaction) {
				if (prop === "done") return transactionDoneMap.get(target);
				if (prop === "store") return receiver.objectStoreNames[1] ? void 0 : receiver.objectStore(receiver.objectStoreNames[0]);
			}
			return wrap(target[prop]);
		},
		set(target, prop, value) {
			target[prop] = value;
			return true;
		},
		has(target, prop) {
			if (target instanceof IDBTransaction && (prop === "done" || prop === "store")) return true;
			return prop in target;
		}
	};
	function replaceTraps(callback) {
		idbProxyTraps = callback(idbProxyTraps);
	}
	function wrapFunction(func) {
		if (getCursorAdvanceMethods().includes(func)) return function(...args) {
			func.apply(unwrap(this), args);
			return wrap(this.request);
		};
		return function(...args) {
			return wrap(func.apply(unwrap(this), args));
		};
	}
	function transformCachableValue(value) {
		if (typeof value === "function") return wrapFunction(value);
		if (value instanceof IDBTransaction) cacheDonePromiseForTransaction(value);
		if (instanceOfAny(value, getIdbProxyableTypes())) return new Proxy(value, idbProxyTraps);
		return value;
	}
	function wrap(value) {
		if (value instanceof IDBRequest) return promisifyRequest(value);
		if (transformCache.has(value)) return transformCache.get(value);
		const newValue = transformCachableValue(value);
		if (!Object.is(newValue, value)) {
			transformCache.set(value, newValue);
			reverseTransformCache.set(newValue, value);
		}
		return newValue;
	}
	var unwrap = (value) => reverseTransformCache.get(value);
	var readMethods = [
		"get",
		"getKey",
		"getAll",
		"getAllKeys",
		"count"
	];
	var writeMethods = [
		"put",
		"add",
		"delete",
		"clear"
	];
	var cachedMethods = {};
	function getMethod(target, prop) {
		if (!(target instanceof IDBDatabase && !(prop in target) && typeof prop === "string")) return;
		if (cachedMethods[prop]) return cachedMethods[prop];
		const targetFuncName = prop.replace(/FromIndex$/, "");
		const useIndex = prop !== targetFuncName;
		const isWrite = writeMethods.includes(targetFuncName);
		if (!(targetFuncName in (useIndex ? IDBIndex : IDBObjectStore).prototype) || !(isWrite || readMethods.includes(targetFuncName))) return;
		const method = async function(storeName, ...args) {
			const tx = this.transaction(storeName, isWrite ? "readwrite" : "readonly");
			let target = tx.store;
			if (useIndex) target = target.index(args.shift());
			return (await Promise.all([target[targetFuncName](...args), isWrite && tx.done]))[0];
		};
		return cachedMethods[prop] = method;
	}
	replaceTraps((oldTraps) => ({
		...oldTraps,
		get: (target, prop, receiver) => getMethod(target, prop) || oldTraps.get(target, prop, receiver),
		has: (target, prop) => !!getMethod(target, prop) || oldTraps.has(target, prop)
	}));
	var advanceMethodProps = [
		"advance",
		"continue",
		"continuePrimaryKey"
	];
	var methodMap = {};
	var advanceResults = /* @__PURE__ */ new WeakMap();
	var ittrProxiedCursorToOriginalProxy = /* @__PURE__ */ new WeakMap();
	var cursorIteratorTraps = { get(target, prop) {
		if (!advanceMethodProps.includes(prop)) return target[prop];
		let cachedFunc = methodMap[prop];
		if (!cachedFunc) cachedFunc = methodMap[prop] = function(...args) {
			advanceResults.set(this, ittrProxiedCursorToOriginalProxy.get(this)[prop](...args));
		};
		return cachedFunc;
	} };
	async function* iterate(...args) {
		let cursor = this;
		if (!(cursor instanceof IDBCursor)) cursor = await cursor.openCursor(...args);
		if (!cursor) return;
		cursor = cursor;
		const proxiedCursor = new Proxy(cursor, cursorIteratorTraps);
		ittrProxiedCursorToOriginalProxy.set(proxiedCursor, cursor);
		reverseTransformCache.set(proxiedCursor, unwrap(cursor));
		while (cursor) {
			yield proxiedCursor;
			cursor = await (advanceResults.get(proxiedCursor) || cursor.continue());
			advanceResults.delete(proxiedCursor);
		}
	}
	function isIteratorProp(target, prop) {
		return prop === Symbol.asyncIterator && instanceOfAny(target, [
			IDBIndex,
			IDBObjectStore,
			IDBCursor
		]) || prop === "iterate" && instanceOfAny(target, [IDBIndex, IDBObjectStore]);
	}
	replaceTraps((oldTraps) => ({
		...oldTraps,
		get(target, prop, receiver) {
			if (isIteratorProp(target, prop)) return iterate;
			return oldTraps.get(target, prop, receiver);
		},
		has(target, prop) {
			return isIteratorProp(target, prop) || oldTraps.has(target, prop);
		}
	}));
	// utils/store/errors.ts
	var STORE_MESSAGES = {
		quota: "Your browser's storage for Photo Triage is full. Export a backup, then delete old photos.",
		blocked: "Photo Triage is being updated, but another tab still uses the old version. Close the other Photo Triage tabs (options, Check photos), then reload this page.",
		validation: "The data is not valid, so nothing was saved.",
		"not-found": "That item no longer exists. It may have been deleted in another tab.",
		version: "Your saved data was made by a newer version of Photo Triage. Update the extension, then reload this page.",
		unavailable: "Photo Triage cannot reach its storage right now. Reload this page; if it keeps happening, restart the browser.",
		conflict: "The change conflicts with other saved data, so nothing was saved."
	};
	var StoreError = class StoreError extends Error {
		code;
		/** For 'validation': each problem with its path, e.g. `order.stages[0].shots[2].label.en: expected a string`. */
		problems;
		constructor(code, message, options = {}) {
			super(message ?? STORE_MESSAGES[code], { cause: options.cause });
			this.name = "StoreError";
			this.code = code;
			this.problems = options.problems ?? [];
		}
		/** Plain data, for the message channel between content scripts and the background. */
		toJSON() {
			return {
				name: "StoreError",
				code: this.code,
				message: this.message,
				problems: this.problems
			};
		}
		static fromJSON(data) {
			return new StoreError(data.code, data.message, { problems: data.problems });
		}
	};
	var MAX_LISTED = 10;
	/** A validation error whose message lists the first problems, so the buyer sees exactly what is wrong. */
	function validationError(what, problems) {
		return new StoreError("validation", `${what}: ${problems.slice(0, MAX_LISTED).join("; ")}${problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : ""}.`, { problems });
	}
	function errorName(e) {
		if (typeof e !== "object" || e === null) return void 0;
		const name = e.name;
		return typeof name === "string" ? name : void 0;
	}
	/**
	* Map whatever IndexedDB threw (a DOMException, an aborted transaction's error) to a StoreError.
	* `inner` is the transaction's own error when the caller has it: an AbortError hides the real cause
	* (a quota failure at commit time surfaces as the transaction aborting).
	*/
	function toStoreError(e, inner) {
		if (e instanceof StoreError) return e;
		const name = errorName(e);
		const cause = errorName(inner) ?? errorName(e?.cause);
		const detail = e instanceof Error && e.message ? e.message : String(e);
		switch (name) {
			case "QuotaExceededError": return new StoreError("quota", void 0, { cause: e });
			case "AbortError":
				if (cause === "QuotaExceededError") return new StoreError("quota", void 0, { cause: e });
				return new StoreError("unavailable", `The change was not saved (${detail}). Try again.`, { cause: e });
			case "VersionError": return new StoreError("version", void 0, { cause: e });
			case "InvalidStateError":
			case "TransactionInactiveError": return new StoreError("unavailable", "The connection to Photo Triage’s storage was closed (another tab may be updating it). Reload this page.", { cause: e });
			case "ConstraintError": return new StoreError("conflict", void 0, { cause: e });
			case "DataError":
			case "DataCloneError": return new StoreError("validation", `The data could not be stored (${detail}).`, { cause: e });
			case "NotFoundError": return new StoreError("unavailable", "Photo Triage’s storage is missing part of its structure. Reload this page.", { cause: e });
			default: return new StoreError("unavailable", `${STORE_MESSAGES.unavailable} (${detail})`, { cause: e });
		}
	}
	// utils/store/migrations.ts
	var MIGRATIONS = [{
		version: 1,
		description: "First release: suppliers, orders, templates, reference photos, photos, settings, requests.",
		migrate(db) {
			const suppliers = db.createObjectStore("suppliers", { keyPath: "id" });
			suppliers.createIndex("email", "emails", { multiEntry: true });
			suppliers.createIndex("domain", "domains", { multiEntry: true });
			const orders = db.createObjectStore("orders", { keyPath: "id" });
			orders.createIndex("supplierId", "supplierId");
			orders.createIndex("status", "status");
			orders.createIndex("poKey", "poKeys", { multiEntry: true });
			db.createObjectStore("templates", { keyPath: "id" });
			db.createObjectStore("referencePhotos", { keyPath: "id" });
			const photos = db.createObjectStore("photos", { keyPath: "sha256" });
			photos.createIndex("dHash", "dHash");
			photos.createIndex("orderId", "orderId");
			photos.createIndex("orderStage", ["orderId", "stageId"]);
			photos.createIndex("messageId", "messageIds", { multiEntry: true });
			photos.createIndex("createdAt", "createdAt");
			db.createObjectStore("settings");
			db.createObjectStore("requests", { keyPath: "id" }).createIndex("orderId", "orderId");
		}
	}, {
		version: 2,
		description: "Order remembered per Gmail/Outlook thread: threads store, indexed by order.",
		migrate(db) {
			db.createObjectStore("threads", { keyPath: "threadId" }).createIndex("orderId", "orderId");
		}
	}];
	MIGRATIONS[MIGRATIONS.length - 1].version;
	/** Versions must start at 1 and rise by one, or a database could skip a step. */
	function checkMigrations(list) {
		list.forEach((m, i) => {
			if (m.version !== i + 1) throw new Error(`Migration ${i} has version ${m.version}, expected ${i + 1}.`);
		});
	}
	async function runMigrations(db, tx, oldVersion, newVersion, list = MIGRATIONS) {
		for (const m of list) if (m.version > oldVersion && m.version <= newVersion) await m.migrate(db, tx, oldVersion);
	}
	function handle(raw, name, onClosedForUpgrade) {
		let closed = false;
		const store = {
			name,
			version: raw.version,
			db: wrap(raw),
			get closed() {
				return closed;
			},
			onClosedForUpgrade,
			close() {
				closed = true;
				raw.close();
			}
		};
		raw.onversionchange = () => {
			store.close();
			store.onClosedForUpgrade?.();
		};
		raw.onclose = () => {
			closed = true;
		};
		return store;
	}
	function openStore(options = {}) {
		const name = options.name ?? "photo-triage";
		const factory = options.indexedDB ?? globalThis.indexedDB;
		const migrations = options.migrations ?? MIGRATIONS;
		checkMigrations(migrations);
		const version = migrations[migrations.length - 1].version;
		if (!factory) return Promise.reject(new StoreError("unavailable", "This browser does not let Photo Triage store data (IndexedDB is off)."));
		return new Promise((resolve, reject) => {
			let settled = false;
			let timer;
			let migrationError;
			const settle = (fn) => {
				clearTimeout(timer);
				if (settled) return false;
				settled = true;
				fn();
				return true;
			};
			let request;
			try {
				request = factory.open(name, version);
			} catch (e) {
				reject(toStoreError(e));
				return;
			}
			request.onupgradeneeded = (event) => {
				const rawTx = request.transaction;
				const db = wrap(request.result);
				const tx = wrap(rawTx);
				tx.done.catch(() => {});
				runMigrations(db, tx, event.oldVersion, version, migrations).catch((e) => {
					migrationError = e;
					try {
						rawTx.abort();
					} catch {}
				});
			};
			request.onblocked = () => {
				timer ??= setTimeout(() => settle(() => reject(new StoreError("blocked"))), options.blockedTimeoutMs ?? 4e3);
			};
			request.onsuccess = () => {
				const raw = request.result;
				if (!settle(() => resolve(handle(raw, name, options.onClosedForUpgrade)))) raw.close();
			};
			request.onerror = (event) => {
				event.preventDefault();
				settle(() => {
					if (migrationError === void 0) return reject(toStoreError(request.error));
					const detail = migrationError instanceof Error ? migrationError.message : String(migrationError);
					reject(new StoreError("unavailable", `Photo Triage could not update its saved data to version ${version} (${detail}). Nothing was changed.`, { cause: migrationError }));
				});
			};
		});
	}
	// utils/triage/match.ts
	/**
	* Free mail services: anyone can have an address there, so the domain alone never identifies a
	* supplier. Chinese factories often use them (QQ, NetEase 163/126, Sina, Aliyun…). Subdomains
	* (vip.163.com) count too.
	*/
	var WEBMAIL_DOMAINS = [
		"qq.com",
		"foxmail.com",
		"163.com",
		"126.com",
		"yeah.net",
		"188.com",
		"netease.com",
		"sina.com",
		"sina.cn",
		"sohu.com",
		"aliyun.com",
		"tom.com",
		"21cn.com",
		"139.com",
		"189.cn",
		"wo.cn",
		"263.net",
		"gmail.com",
		"googlemail.com",
		"outlook.com",
		"hotmail.com",
		"live.com",
		"msn.com",
		"yahoo.com",
		"yahoo.com.hk",
		"yahoo.com.tw",
		"yahoo.co.jp",
		"icloud.com",
		"me.com",
		"mac.com",
		"aol.com",
		"gmx.com",
		"mail.com",
		"proton.me",
		"protonmail.com",
		"yandex.com",
		"naver.com"
	];
	/**
	* A PO number as written, tidied: NFKC (full-width digits from Chinese keyboards become ASCII), upper case,
	* letters and digits only. `PO-2026-0412`, `po 2026 0412` and `ＰＯ２０２６０４１２` all give `PO20260412`.
	*/
	function normalisePo(po) {
		return po.normalize("NFKC").toUpperCase().replace(/[^A-Z0-9]/g, "");
	}
	/**
	* The key PO numbers are compared by, here and in the store's index: `PO-2026-0412`, `po 2026 0412`,
	* `PO#２０２６/0412` and `2026-0412` all become `20260412` — suppliers rewrite PO numbers freely
	* (full-width digits, dropped prefixes: a supplier writes `订单号 12345` for the buyer's `PO12345`).
	*/
	function poKey(text) {
		return text.normalize("NFKC").toUpperCase().replace(/[^\p{L}\p{N}]/gu, "").replace(/^PO(?:NO|NUMBER)?(?=\d)/, "");
	}
	/** Whether two PO numbers, however written, are the same. */
	function poMatches(a, b) {
		const key = poKey(a);
		return key.length > 0 && key === poKey(b);
	}
	var EN_LABEL = String.raw`(?<![A-Za-z0-9])(?:P\s?\.\s?O\.?|P\/O|PO|purchase\s+order)(?:\s*(?:no\b\.?|nr\b\.?|number|num\b\.?|#|:|-|\.))*\s*`;
	var ZH_LABEL = String.raw`(?:采购订单号|采购单号|订单编号|订单号|PO号)\s*(?:[:#]\s*)?`;
	var VALUE = String.raw`((?!box\b)[A-Z]{0,4}\d[A-Z0-9]*(?:[-/_.][A-Z0-9]+)*)`;
	var PO_PATTERN = new RegExp(`(?:${EN_LABEL}|${ZH_LABEL})${VALUE}`, "gi");
	/** A full calendar date after a label ("PO 2026-11-20") is the PO's date, not its number. */
	var DATE = /^\d{4}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])$/;
	var FILE_EXTENSION = /\.(?:jpe?g|png|gif|webp|heic|pdf|zip|rar|7z|xlsx?|docx?)$/i;
	/**
	* PO numbers mentioned in a text, as normalised keys (`normalisePo`), in order of appearance, without
	* repeats. English labels add the `PO` prefix (`P.O. 4500123456` → `PO4500123456`); Chinese labels keep
	* the number as written (`订单号 12345` → `12345`): compare with `poMatches`, which ignores the prefix.
	*/
	function extractPoNumbers(text) {
		const keys = [];
		for (const m of text.normalize("NFKC").matchAll(PO_PATTERN)) {
			const raw = m[1].replace(FILE_EXTENSION, "");
			if (DATE.test(raw)) continue;
			if ((raw.match(/\d/g) ?? []).length < 3) continue;
			const value = normalisePo(raw);
			const key = /^(?:p|purchase)/i.test(m[0]) && !value.startsWith("PO") ? `PO${value}` : value;
			if (!keys.includes(key)) keys.push(key);
		}
		return keys;
	}
	/** The bare address from `Amy Chen <Amy@Factory.cn>` or `amy@factory.cn`, lower case. */
	function addressOf(sender) {
		const angle = sender.match(/<([^>]+)>/);
		return (angle ? angle[1] : sender).trim().toLowerCase();
	}
	var isUnder = (domain, parent) => domain === parent || domain.endsWith(`.${parent}`);
	function isWebmailDomain(domain) {
		const d = domain.toLowerCase();
		return WEBMAIL_DOMAINS.some((w) => isUnder(d, w));
	}
	/**
	* The supplier a sender belongs to: an exact address first; then the domain, which matches that
	* domain and its subdomains (`sales.factory.cn` under `factory.cn`), the most specific listed domain
	* winning. Webmail domains never match by domain alone, even if a supplier lists one.
	*/
	function matchSupplier(senderEmail, suppliers) {
		const address = addressOf(senderEmail);
		const exact = suppliers.find((s) => s.emails.some((e) => e.trim().toLowerCase() === address));
		if (exact) return exact;
		const domain = address.split("@")[1];
		if (!domain || isWebmailDomain(domain)) return void 0;
		let best;
		for (const s of suppliers) for (const raw of s.domains) {
			const d = raw.trim().toLowerCase().replace(/^@/, "");
			if (!d || isWebmailDomain(d) || !isUnder(domain, d)) continue;
			if (!best || d.length > best.length) best = {
				supplier: s,
				length: d.length
			};
		}
		return best?.supplier;
	}
	/** Orders (among `pool`) that one of the keys names. */
	function ordersNamed(keys, pool) {
		return pool.filter((o) => o.poNumbers.some((po) => keys.some((k) => poMatches(k, po))));
	}
	/**
	* The order a message is about. In turn: the order remembered for the thread, if it still exists; a
	* PO number in the subject, else in the body (quoted history lives there), among the supplier's orders
	* (any order when the supplier is unknown); the supplier's only open order; else ask.
	*/
	function chooseOrder(input) {
		const { subject, body, supplier, orders, remembered } = input;
		const pool = supplier ? orders.filter((o) => o.supplierId === supplier.id) : orders;
		const open = pool.filter((o) => o.status === "open");
		const kept = remembered ? orders.find((o) => o.id === remembered) : void 0;
		if (kept) return {
			order: kept,
			reason: "remembered",
			candidates: open
		};
		for (const text of [subject, body]) {
			const named = ordersNamed(extractPoNumbers(text), pool);
			if (named.length === 1) return {
				order: named[0],
				reason: "po",
				candidates: open
			};
			if (named.length > 1) return {
				reason: "ask",
				candidates: named
			};
		}
		if (supplier && open.length === 1) return {
			order: open[0],
			reason: "only-open-order",
			candidates: open
		};
		return {
			reason: "ask",
			candidates: open
		};
	}
	// utils/store/stored.ts
	var SETTINGS_KEY = "settings";
	var unique = (xs) => [...new Set(xs)];
	function fromStoredOrder(stored) {
		const { poKeys: _, ...order } = stored;
		return order;
	}
	function toStoredPhoto(photo) {
		const ids = photo.origins.map((o) => o.messageId).filter((m) => !!m);
		return {
			...photo,
			messageIds: unique(ids)
		};
	}
	function fromStoredPhoto(stored) {
		const { messageIds: _, ...photo } = stored;
		return photo;
	}
	// utils/store/tx.ts
	async function transact(store, names, mode, fn) {
		let tx;
		try {
			tx = store.db.transaction(names, mode);
		} catch (e) {
			throw toStoreError(e);
		}
		tx.done.catch(() => {});
		try {
			const result = await fn(tx);
			await tx.done;
			return result;
		} catch (e) {
			try {
				tx.abort();
			} catch {}
			throw toStoreError(e, tx.error);
		}
	}
	var read = (store, names, fn) => transact(store, names, "readonly", fn);
	var write = (store, names, fn) => transact(store, names, "readwrite", fn);
	/** Throw a StoreError('validation') naming every problem, e.g. `Order not saved: order.product: …`. */
	function assertValid(validator, value, path, what) {
		const problems = validator(value, path);
		if (problems.length) throw validationError(what, problems);
	}
	function notFound(what, id) {
		return new StoreError("not-found", `${what} ${JSON.stringify(id)} no longer exists. It may have been deleted in another tab.`);
	}
	var now = () => (/* @__PURE__ */ new Date()).toISOString();
	var newId = () => crypto.randomUUID();
	// utils/reply/phrases.ts
	/** The frame of the message: the default templates (`template.ts`) are assembled from these. */
	var MESSAGE_PHRASES = {
		greeting: {
			en: "Dear {contact},",
			zh: "{contact}，您好！"
		},
		greetingGeneric: {
			en: "Hello,",
			zh: "您好！"
		},
		intro: {
			en: "For our order {po} ({product}), {stage} photos: could you please send us the following?",
			zh: "关于订单{po}（{product}）的{stage}照片，麻烦您安排一下以下几项："
		},
		why: {
			en: "A word on why we ask: we cannot be at the factory, so photos like these are how we approve the next step from far away, and they help avoid rework later. It is not a matter of trust.",
			zh: "说明一下：我们人不在工厂，只能靠这些照片来确认、安排下一步，这样也能避免后面返工，并不是对你们不放心，还请理解。"
		},
		closing: {
			en: "Thank you very much for your help!",
			zh: "辛苦了，谢谢！"
		}
	};
	// utils/reply/template.ts
	var PLACEHOLDERS = [
		"greeting",
		"supplier",
		"contact",
		"po",
		"product",
		"stage",
		"items",
		"gate",
		"due",
		"why",
		"buyer",
		"company",
		"today"
	];
	var KNOWN = new Set(PLACEHOLDERS);
	var isPlaceholder = (name) => KNOWN.has(name);
	var paragraphs = (...lines) => lines.join("\n\n");
	paragraphs("{greeting}", MESSAGE_PHRASES.intro.en, "{items}", "{gate}", "{why}", MESSAGE_PHRASES.closing.en), paragraphs("{greeting}", MESSAGE_PHRASES.intro.zh, "{items}", "{gate}", "{why}", MESSAGE_PHRASES.closing.zh);
	/** Longest text taken for a placeholder name; a longer `{…}` is an unclosed brace followed by text. */
	var MAX_NAME = 40;
	function tokenizeTemplate(source) {
		const tokens = [];
		let text = "";
		let textStart = 0;
		const flush = (at) => {
			if (text) tokens.push({
				kind: "text",
				text,
				start: textStart,
				end: at
			});
			text = "";
		};
		let i = 0;
		while (i < source.length) {
			const c = source[i];
			if ((c === "{" || c === "}") && source[i + 1] === c) {
				if (!text) textStart = i;
				text += c;
				i += 2;
				continue;
			}
			if (c === "{") {
				const close = source.indexOf("}", i + 1);
				const name = close < 0 ? "" : source.slice(i + 1, close);
				if (close >= 0 && name.length <= MAX_NAME && !/[{\n]/.test(name)) {
					flush(i);
					tokens.push({
						kind: "placeholder",
						name,
						start: i,
						end: close + 1
					});
					i = close + 1;
					textStart = i;
					continue;
				}
			}
			if (c === "{" || c === "}") {
				flush(i);
				tokens.push({
					kind: "stray",
					text: c,
					start: i,
					end: i + 1
				});
				i++;
				textStart = i;
				continue;
			}
			if (!text) textStart = i;
			text += c;
			i++;
		}
		flush(source.length);
		return tokens;
	}
	var braced = (name) => `{${name}}`;
	function lineAndColumn(source, offset) {
		const before = source.slice(0, offset);
		return `line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`;
	}
	function validateTemplate$1(text) {
		const tokens = tokenizeTemplate(text);
		const unknown = [];
		const unbalanced = [];
		let hasItems = false;
		for (const t of tokens) if (t.kind === "placeholder") {
			if (t.name === "items") hasItems = true;
			else if (!isPlaceholder(t.name) && !unknown.includes(t.name)) unknown.push(t.name);
		} else if (t.kind === "stray") unbalanced.push(t.start);
		const missing = hasItems ? [] : ["items"];
		if (!unknown.length && !unbalanced.length && !missing.length) return { ok: true };
		const parts = [];
		if (unknown.length) {
			const list = unknown.map(braced).join(", ");
			const hints = unknown.map((u) => [u, PLACEHOLDERS.find((p) => p.toLowerCase() === u.trim().toLowerCase())]).filter(([, p]) => p).map(([u, p]) => `${braced(u)} → ${braced(p)}`);
			parts.push(`Unknown placeholder${unknown.length > 1 ? "s" : ""} ${list}` + (hints.length ? ` (did you mean ${hints.join(", ")}? Names are lower-case)` : "") + `. Use only ${PLACEHOLDERS.map(braced).join(", ")}.`);
		}
		if (unbalanced.length) {
			const where = unbalanced.map((at) => `“${text[at]}” at ${lineAndColumn(text, at)}`).join("; ");
			parts.push(`Unbalanced brace: ${where}. To write a brace itself, type {{ or }}.`);
		}
		if (missing.length) parts.push("The template has no {items}: the list of photos to send would be left out of the message.");
		return {
			ok: false,
			unknown,
			unbalanced,
			missing,
			message: parts.join(" ")
		};
	}
	// utils/triage/thresholds.ts
	var DEFAULT_THRESHOLDS = {
		minLongEdge: 1600,
		failBelowBytes: 102400,
		warnBelowBytes: 204800,
		failBelowQuality: 55,
		warnBelowQuality: 75,
		minBytesPerPixel: .05,
		failBelowSharpness: 20,
		warnBelowSharpness: 60,
		failBelowLuminance: 60,
		warnBelowLuminance: 80,
		warnAboveLuminance: 215,
		maxClippedBright: .25,
		maxClippedDark: .35,
		nearDuplicateBits: 8,
		maxCaptureAgeDays: 30
	};
	// utils/store/validate.ts
	function show(v) {
		if (v === null) return "null";
		if (Array.isArray(v)) return "an array";
		if (typeof v === "string") return v.length > 40 ? "a long string" : JSON.stringify(v);
		if (typeof v === "number" || typeof v === "boolean") return String(v);
		return typeof v === "object" ? "an object" : typeof v;
	}
	var fail = (out, path, expected, v) => out.push(`${path}: expected ${expected}, got ${show(v)}`);
	var opt = (check) => ({
		check,
		optional: true
	});
	function str(o = {}) {
		const expected = o.expected ?? (o.nonEmpty ? "a non-empty string" : "a string");
		return (v, path, out) => {
			if (typeof v !== "string") return fail(out, path, expected, v);
			if (o.nonEmpty && v.trim() === "") return fail(out, path, expected, v);
			if (o.pattern && !o.pattern.test(v)) return fail(out, path, expected, v);
			if (v.length > (o.max ?? 1e5)) out.push(`${path}: longer than ${o.max ?? 1e5} characters`);
		};
	}
	function num(o = {}) {
		const range = o.min !== void 0 ? ` ≥ ${o.min}` : "";
		const expected = `${o.int ? "a whole number" : "a number"}${range}${o.max !== void 0 ? ` ≤ ${o.max}` : ""}`;
		return (v, path, out) => {
			if (typeof v !== "number" || !Number.isFinite(v)) return fail(out, path, expected, v);
			if (o.int && !Number.isInteger(v) || o.min !== void 0 && v < o.min || o.max !== void 0 && v > o.max) fail(out, path, expected, v);
		};
	}
	var bool = (v, path, out) => {
		if (typeof v !== "boolean") fail(out, path, "true or false", v);
	};
	function oneOf(...values) {
		const expected = `one of ${values.map((x) => JSON.stringify(x)).join(", ")}`;
		return (v, path, out) => {
			if (!values.includes(v)) fail(out, path, expected, v);
		};
	}
	function arr(item, o = {}) {
		return (v, path, out) => {
			if (!Array.isArray(v)) return fail(out, path, "a list", v);
			if (o.min && v.length < o.min) out.push(`${path}: needs at least ${o.min} item${o.min > 1 ? "s" : ""}`);
			const seen = /* @__PURE__ */ new Set();
			v.forEach((x, i) => {
				item(x, `${path}[${i}]`, out);
				if (!o.uniqueBy) return;
				const key = o.uniqueBy(x);
				if (key !== void 0 && seen.has(key)) out.push(`${path}[${i}]: duplicate ${JSON.stringify(key)}`);
				seen.add(key);
			});
		};
	}
	function isPlainObject(v) {
		return typeof v === "object" && v !== null && !Array.isArray(v) && !isBlob(v);
	}
	function obj(shape, o = {}) {
		const fields = Object.entries(shape).map(([k, f]) => [k, typeof f === "function" ? {
			check: f,
			optional: false
		} : f]);
		return (v, path, out) => {
			if (!isPlainObject(v)) return fail(out, path, "an object", v);
			for (const [key, field] of fields) {
				const value = v[key];
				if (value === void 0) {
					if (!field.optional) out.push(`${path}.${key}: missing`);
				} else field.check(value, `${path}.${key}`, out);
			}
			if (o.open) return;
			for (const key of Object.keys(v)) if (!(key in shape) && v[key] !== void 0) out.push(`${path}.${key}: unknown field`);
		};
	}
	/** Duck-typed: Blobs from another realm (a test's Node Blob, a worker's) are Blobs too. */
	function isBlob(v) {
		return typeof v === "object" && v !== null && typeof v.size === "number" && typeof v.type === "string" && typeof v.arrayBuffer === "function";
	}
	var blob = (v, path, out) => {
		if (!isBlob(v)) fail(out, path, "a file (Blob)", v);
	};
	var both = (...checks) => (v, path, out) => {
		const before = out.length;
		for (const c of checks) if (out.length === before) c(v, path, out);
	};
	var id = str({
		pattern: /^[^/\\\s]{1,200}$/,
		expected: "an id (no spaces or slashes)"
	});
	var text$1 = str();
	var timestamp = both(str({
		pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
		expected: "a date and time (ISO 8601)"
	}), (v, path, out) => {
		if (Number.isNaN(Date.parse(v))) fail(out, path, "a real date and time", v);
	});
	var dateOnly = both(str({
		pattern: /^\d{4}-\d{2}-\d{2}$/,
		expected: "a date YYYY-MM-DD"
	}), (v, path, out) => {
		if (Number.isNaN(Date.parse(`${v}T00:00:00Z`))) fail(out, path, "a real date", v);
	});
	var email = str({
		pattern: /^[^\sA-Z@]+@[^\sA-Z@]+$/,
		expected: "a lower-case email address"
	});
	var supplierDomain = both(str({
		pattern: /^[^\sA-Z@/]+\.[^\sA-Z@/]+$/,
		expected: "a lower-case domain like factory.cn"
	}), (v, path, out) => {
		if (isWebmailDomain(v)) out.push(`${path}: ${v} is a public email service; add the supplier's own addresses instead`);
	});
	var language = oneOf("en", "zh-CN");
	var stageKind = oneOf("sample", "pre-production", "during-production", "pre-shipment", "container-loading", "custom");
	var localText = obj({
		en: text$1,
		zh: text$1
	});
	var byId = (x) => isPlainObject(x) ? x.id : void 0;
	var shot = obj({
		id,
		label: localText,
		instructions: localText,
		required: bool,
		referencePhotoIds: arr(id),
		minLongEdge: opt(num({
			int: true,
			min: 1
		})),
		keywords: opt(arr(text$1))
	});
	var stage = obj({
		id,
		kind: stageKind,
		name: localText,
		shots: arr(shot, { uniqueBy: byId }),
		gate: opt(obj({
			label: localText,
			dueDate: opt(dateOnly)
		})),
		startDate: opt(dateOnly),
		dueDate: opt(dateOnly)
	});
	var supplier = obj({
		id,
		company: str({ nonEmpty: true }),
		contactName: opt(text$1),
		emails: arr(email, { uniqueBy: (x) => x }),
		domains: arr(supplierDomain, { uniqueBy: (x) => x }),
		replyLanguages: arr(language, { uniqueBy: (x) => x }),
		notes: opt(text$1),
		createdAt: timestamp,
		updatedAt: timestamp
	});
	obj({
		id,
		poNumbers: arr(str({
			nonEmpty: true,
			max: 100
		}), { min: 1 }),
		supplierId: id,
		product: text$1,
		quantity: opt(num({
			int: true,
			min: 0
		})),
		stages: arr(stage, { uniqueBy: byId }),
		currentStageId: text$1,
		status: oneOf("open", "on-hold", "shipped", "closed"),
		notes: opt(text$1),
		createdAt: timestamp,
		updatedAt: timestamp
	});
	obj({
		id,
		name: localText,
		kind: stageKind,
		builtIn: bool,
		shots: arr(shot, { uniqueBy: byId }),
		gate: opt(obj({ label: localText }))
	});
	obj({
		id,
		name: text$1,
		blob,
		width: opt(num({
			int: true,
			min: 0
		})),
		height: opt(num({
			int: true,
			min: 0
		})),
		addedAt: timestamp
	});
	var statusShapes = {
		pending: obj({ state: text$1 }),
		accepted: obj({
			state: text$1,
			at: timestamp
		}),
		rejected: obj({
			state: text$1,
			at: timestamp,
			reason: text$1
		})
	};
	var status = (v, path, out) => {
		if (!isPlainObject(v)) return fail(out, path, "an object", v);
		switch (v.state) {
			case "pending":
			case "accepted":
			case "rejected": return statusShapes[v.state](v, path, out);
			default: fail(out, `${path}.state`, "one of \"pending\", \"accepted\", \"rejected\"", v.state);
		}
	};
	var origin = obj({
		source: oneOf("gmail", "outlook", "dropped"),
		fileName: text$1,
		receivedAt: timestamp,
		messageId: opt(text$1),
		threadId: opt(text$1),
		sender: opt(text$1),
		orderId: opt(text$1)
	});
	var report = obj({
		format: oneOf("jpeg", "png", "gif", "webp", "bmp", "tiff", "heic", "avif", "unknown"),
		width: num({
			int: true,
			min: 0
		}),
		height: num({
			int: true,
			min: 0
		}),
		bytes: opt(num({
			int: true,
			min: 0
		})),
		bytesRead: num({
			int: true,
			min: 0
		}),
		findings: arr(obj({
			code: str({ nonEmpty: true }),
			severity: oneOf("fail", "warn", "info")
		}, { open: true })),
		verdict: oneOf("ok", "warn", "fail", "error")
	}, { open: true });
	var photoShape = obj({
		sha256: str({
			pattern: /^[0-9a-f]{64}$/,
			expected: "a SHA-256 (64 lower-case hex digits)"
		}),
		dHash: opt(str({
			pattern: /^[0-9a-f]{16}$/,
			expected: "a dHash (16 lower-case hex digits)"
		})),
		report,
		origins: arr(origin),
		orderId: opt(id),
		stageId: opt(id),
		shotId: opt(id),
		status,
		thumbnail: opt(blob),
		createdAt: timestamp,
		updatedAt: timestamp
	});
	var photo = (v, path, out) => {
		const before = out.length;
		photoShape(v, path, out);
		if (out.length > before) return;
		const p = v;
		if (p.stageId !== void 0 && p.orderId === void 0) out.push(`${path}.stageId: set without an orderId`);
		if (p.shotId !== void 0 && p.stageId === void 0) out.push(`${path}.shotId: set without a stageId`);
	};
	var request = obj({
		id,
		orderId: id,
		stageId: text$1,
		askedAt: timestamp,
		channel: oneOf("gmail", "outlook", "wechat"),
		messageId: opt(text$1),
		threadId: opt(text$1),
		items: arr(obj({
			shotId: opt(text$1),
			fileName: opt(text$1),
			codes: opt(arr(text$1)),
			text: text$1
		})),
		answeredAt: opt(timestamp)
	});
	var thread = obj({
		threadId: str({
			pattern: /^\S{1,1000}$/,
			expected: "a thread id (no spaces)"
		}),
		client: oneOf("gmail", "outlook"),
		orderId: id,
		updatedAt: timestamp
	});
	var thresholds = obj(Object.fromEntries(Object.keys(DEFAULT_THRESHOLDS).map((k) => [k, opt(num({ min: 0 }))])));
	/** A re-request template: text whose placeholders are all known and which lists the photos (`{items}`). */
	var replyTemplate = both(str({ max: 2e4 }), (v, path, out) => {
		const check = validateTemplate$1(v);
		if (!check.ok) out.push(`${path}: ${check.message}`);
	});
	/** The stored settings: only what the buyer changed (defaults are merged on read), so all optional. */
	var settings = obj({
		thresholds: opt(thresholds),
		replyLanguages: opt(arr(language, {
			min: 1,
			uniqueBy: (x) => x
		})),
		replyLayout: opt(oneOf("sequential", "interleaved")),
		replyDetail: opt(oneOf("brief", "detailed")),
		buyer: opt(obj({
			name: opt(text$1),
			company: opt(text$1),
			email: opt(text$1),
			signature: opt(text$1)
		})),
		ignoredSenders: opt(arr(email, { uniqueBy: (x) => x })),
		uiLanguage: opt(language),
		replyTemplates: opt(obj({
			en: opt(replyTemplate),
			zh: opt(replyTemplate)
		}))
	});
	var run = (check) => (value, path) => {
		const out = [];
		check(value, path, out);
		return out;
	};
	var validateSupplier = run(supplier);
	var validatePhoto = run(photo);
	var validateRequest = run(request);
	var validateSettings = run(settings);
	var validateThread = run(thread);
	/** An assignment must name an existing order, one of its stages, and one of that stage's shots. */
	function assignmentProblems(a, path, refs) {
		if (a.orderId === void 0) return [];
		const order = refs.order(a.orderId);
		if (!order) return [`${path}.orderId: no order with id ${JSON.stringify(a.orderId)}`];
		if (a.stageId === void 0) return [];
		const stage = order.stages.find((s) => s.id === a.stageId);
		if (!stage) return [`${path}.stageId: the order has no stage ${JSON.stringify(a.stageId)}`];
		if (a.shotId !== void 0 && !stage.shots.some((s) => s.id === a.shotId)) return [`${path}.shotId: the stage has no shot ${JSON.stringify(a.shotId)}`];
		return [];
	}
	/** A thread memory must name an existing order. */
	function threadRefProblems(t, path, refs) {
		return refs.order(t.orderId) ? [] : [`${path}.orderId: no order with id ${JSON.stringify(t.orderId)}`];
	}
	new Blob([]);
	// utils/store/orders.ts
	async function getOrder(store, id) {
		const stored = await read(store, ["orders"], (tx) => tx.objectStore("orders").get(id));
		return stored && fromStoredOrder(stored);
	}
	var newestFirst$1 = (a, b) => b.updatedAt.localeCompare(a.updatedAt);
	async function listOrders(store, filter = {}) {
		return (await read(store, ["orders"], (tx) => {
			const orders = tx.objectStore("orders");
			if (filter.supplierId !== void 0) return orders.index("supplierId").getAll(filter.supplierId);
			if (filter.status !== void 0) return orders.index("status").getAll(filter.status);
			return orders.getAll();
		})).filter((o) => filter.status === void 0 || o.status === filter.status).map(fromStoredOrder).sort(newestFirst$1);
	}
	/** Orders still expecting photos ('open'; on-hold, shipped and closed ones are not). */
	var listOpenOrders = (store, supplierId) => listOrders(store, {
		supplierId,
		status: "open"
	});
	// utils/photo/pixel-metrics.ts
	/** Rows processed between yields: ~128 rows × 1024 px stays far under a 50 ms task on a slow machine. */
	var BAND_ROWS = 128;
	/** Rec. 601 luma in integer arithmetic. */
	function toLuminance(img) {
		const { data, width, height } = img;
		const lum = new Uint8Array(width * height);
		for (let i = 0, p = 0; i < lum.length; i++, p += 4) lum[i] = data[p] * 77 + data[p + 1] * 150 + data[p + 2] * 29 >> 8;
		return lum;
	}
	/** 64-bit difference hash: 9×8 box-averaged grid, each bit says "brighter than its right neighbour". */
	function differenceHash(lum, width, height) {
		const cols = 9;
		const rows = 8;
		const grid = /* @__PURE__ */ new Float64Array(72);
		for (let gy = 0; gy < rows; gy++) {
			const y0 = Math.floor(gy * height / rows);
			const y1 = Math.max(y0 + 1, Math.floor((gy + 1) * height / rows));
			for (let gx = 0; gx < cols; gx++) {
				const x0 = Math.floor(gx * width / cols);
				const x1 = Math.max(x0 + 1, Math.floor((gx + 1) * width / cols));
				let sum = 0;
				for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += lum[y * width + x];
				grid[gy * cols + gx] = sum / ((y1 - y0) * (x1 - x0));
			}
		}
		let hex = "";
		for (let gy = 0; gy < rows; gy++) {
			let byte = 0;
			for (let gx = 0; gx < 8; gx++) byte = byte << 1 | (grid[gy * cols + gx] > grid[gy * cols + gx + 1] ? 1 : 0);
			hex += byte.toString(16).padStart(2, "0");
		}
		return hex;
	}
	/** Set bits in a 32-bit value. */
	function popcount32(x) {
		let v = x - (x >>> 1 & 1431655765);
		v = (v & 858993459) + (v >>> 2 & 858993459);
		return (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
	}
	/** Bits that differ between two 16-hex-digit hashes (two 32-bit halves: JS bit operations are 32-bit). */
	function hammingDistance(a, b) {
		const hi = (Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) >>> 0;
		const lo = (Number.parseInt(a.slice(8, 16), 16) ^ Number.parseInt(b.slice(8, 16), 16)) >>> 0;
		return popcount32(hi) + popcount32(lo);
	}
	async function computePixelMetrics(img, signal) {
		const { width, height } = img;
		const lum = toLuminance(img);
		await yieldToMain();
		signal?.throwIfAborted();
		let sum = 0;
		let dark = 0;
		let bright = 0;
		for (let i = 0; i < lum.length; i++) {
			const v = lum[i];
			sum += v;
			if (v <= 16) dark++;
			else if (v >= 240) bright++;
		}
		let lapSum = 0;
		let lapSq = 0;
		let n = 0;
		for (let y0 = 1; y0 < height - 1; y0 += BAND_ROWS) {
			const y1 = Math.min(height - 1, y0 + BAND_ROWS);
			for (let y = y0; y < y1; y++) {
				const row = y * width;
				for (let x = 1; x < width - 1; x++) {
					const i = row + x;
					const l = lum[i - 1] + lum[i + 1] + lum[i - width] + lum[i + width] - 4 * lum[i];
					lapSum += l;
					lapSq += l * l;
					n++;
				}
			}
			if (y1 < height - 1) {
				await yieldToMain();
				signal?.throwIfAborted();
			}
		}
		const mean = n ? lapSum / n : 0;
		const total = lum.length || 1;
		return {
			sampleWidth: width,
			sampleHeight: height,
			sharpness: n ? Math.round((lapSq / n - mean * mean) * 10) / 10 : 0,
			meanLuminance: Math.round(sum / total * 10) / 10,
			clippedDark: Math.round(dark / total * 1e3) / 1e3,
			clippedBright: Math.round(bright / total * 1e3) / 1e3,
			dHash: differenceHash(lum, width, height)
		};
	}
	// utils/store/photos.ts
	var compact = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
	var time$1 = (t) => Date.parse(t);
	var originKey = (o) => [
		o.source,
		o.messageId ?? "",
		o.fileName,
		o.messageId ? "" : o.receivedAt
	].join("\0");
	/** Old origins plus new ones not seen yet, oldest first (the contract: the first is the oldest). */
	function mergeOrigins(old, added) {
		const seen = new Set(old.map(originKey));
		const fresh = added.filter((o) => !seen.has(originKey(o)) && seen.add(originKey(o)));
		return [...old, ...fresh].sort((a, b) => time$1(a.receivedAt) - time$1(b.receivedAt));
	}
	/** The newer analysis wins, unless only the older one got as far as the pixels (e.g. measured in a page). */
	function pickReport(old, next) {
		return old.pixels?.ok && !next.pixels?.ok ? old : next;
	}
	function merge(old, input, at) {
		const assignment = input.orderId !== void 0 || input.stageId !== void 0 || input.shotId !== void 0 ? input : old;
		const createdAt = input.createdAt && time$1(input.createdAt) < time$1(old.createdAt) ? input.createdAt : old.createdAt;
		return compact({
			sha256: old.sha256,
			dHash: input.dHash ?? old.dHash,
			report: pickReport(old.report, input.report),
			origins: mergeOrigins(old.origins, input.origins),
			orderId: assignment.orderId,
			stageId: assignment.stageId,
			shotId: assignment.shotId,
			status: input.status ?? old.status,
			thumbnail: input.thumbnail ?? old.thumbnail,
			createdAt,
			updatedAt: at
		});
	}
	async function checkAssignment(tx, photo) {
		if (photo.orderId === void 0) return;
		const order = await tx.objectStore("orders").get(photo.orderId);
		const problems = assignmentProblems(photo, "photo", {
			hasSupplier: () => true,
			hasReferencePhoto: () => true,
			order: () => order
		});
		if (problems.length) throw validationError("Photo not saved", problems);
	}
	/**
	* Insert or merge by sha256: origins are appended (oldest first), the earliest createdAt is kept,
	* and assignment, status, dHash and thumbnail are kept unless this call sets them.
	*/
	async function savePhoto(store, input) {
		const at = now();
		const asGiven = compact({
			...input,
			status: input.status ?? { state: "pending" },
			createdAt: input.createdAt ?? at,
			updatedAt: at
		});
		assertValid(validatePhoto, asGiven, "photo", "Photo not saved");
		const fresh = {
			...asGiven,
			origins: mergeOrigins([], asGiven.origins)
		};
		return write(store, ["photos", "orders"], async (tx) => {
			const photos = tx.objectStore("photos");
			const old = await photos.get(input.sha256);
			const next = old ? merge(fromStoredPhoto(old), input, at) : fresh;
			assertValid(validatePhoto, next, "photo", "Photo not saved");
			if (!old || next.orderId !== old.orderId || next.stageId !== old.stageId || next.shotId !== old.shotId) await checkAssignment(tx, next);
			await photos.put(toStoredPhoto(next));
			return next;
		});
	}
	async function updatePhoto(store, sha256, change) {
		return write(store, ["photos", "orders"], async (tx) => {
			const old = await tx.objectStore("photos").get(sha256);
			if (!old) throw notFound("Photo", sha256);
			const next = compact({
				...change(fromStoredPhoto(old)),
				updatedAt: now()
			});
			assertValid(validatePhoto, next, "photo", "Photo not saved");
			await checkAssignment(tx, next);
			await tx.objectStore("photos").put(toStoredPhoto(next));
			return next;
		});
	}
	/** Assign to an order (and stage, and shot), or clear the assignment with null. */
	function setPhotoAssignment(store, sha256, assignment) {
		return updatePhoto(store, sha256, ({ orderId: _o, stageId: _s, shotId: _h, ...rest }) => ({
			...rest,
			...assignment && {
				orderId: assignment.orderId,
				stageId: assignment.stageId,
				shotId: assignment.shotId
			}
		}));
	}
	function setPhotoStatus(store, sha256, status) {
		const full = status.state === "pending" ? { state: "pending" } : {
			...status,
			at: status.at ?? now()
		};
		return updatePhoto(store, sha256, (p) => ({
			...p,
			status: full
		}));
	}
	async function getPhoto(store, sha256) {
		const stored = await read(store, ["photos"], (tx) => tx.objectStore("photos").get(sha256));
		return stored && fromStoredPhoto(stored);
	}
	var oldestFirst$1 = (a, b) => time$1(a.createdAt) - time$1(b.createdAt);
	async function photosForOrder(store, orderId, stageId) {
		return (await read(store, ["photos"], (tx) => {
			const photos = tx.objectStore("photos");
			return stageId === void 0 ? photos.index("orderId").getAll(orderId) : photos.index("orderStage").getAll([orderId, stageId]);
		})).map(fromStoredPhoto).sort(oldestFirst$1);
	}
	/**
	* Photos within `maxBits` of this dHash (or of any of these), nearest first. One walk over the index
	* keys, not the records, however many hashes are asked about.
	*/
	async function photosNearDHash(store, dHash, maxBits) {
		const hashes = typeof dHash === "string" ? [dHash] : dHash;
		if (!hashes.length) return [];
		return (await read(store, ["photos"], async (tx) => {
			const photos = tx.objectStore("photos");
			const hits = [];
			let cursor = await photos.index("dHash").openKeyCursor();
			while (cursor) {
				const key = cursor.key;
				const distance = Math.min(...hashes.map((h) => hammingDistance(key, h)));
				if (distance <= maxBits) hits.push({
					sha256: cursor.primaryKey,
					distance
				});
				cursor = await cursor.continue();
			}
			const out = [];
			for (const hit of hits) {
				const stored = await photos.get(hit.sha256);
				if (stored) out.push({
					photo: fromStoredPhoto(stored),
					distance: hit.distance
				});
			}
			return out;
		})).sort((a, b) => a.distance - b.distance);
	}
	async function photosByMessage(store, messageId) {
		return (await read(store, ["photos"], (tx) => tx.objectStore("photos").index("messageId").getAll(messageId))).map(fromStoredPhoto).sort(oldestFirst$1);
	}
	// utils/store/references.ts
	var getReferencePhoto = (store, id) => read(store, ["referencePhotos"], (tx) => tx.objectStore("referencePhotos").get(id));
	// utils/store/requests.ts
	async function checkOrder(tx, entry) {
		const order = await tx.objectStore("orders").get(entry.orderId);
		const problems = assignmentProblems(entry, "request", {
			hasSupplier: () => true,
			hasReferencePhoto: () => true,
			order: () => order
		});
		if (problems.length) throw validationError("Request not logged", problems);
	}
	async function logRequest(store, draft) {
		const entry = {
			...draft,
			id: newId(),
			askedAt: draft.askedAt ?? now()
		};
		assertValid(validateRequest, entry, "request", "Request not logged");
		return write(store, ["requests", "orders"], async (tx) => {
			await checkOrder(tx, entry);
			await tx.objectStore("requests").put(entry);
			return entry;
		});
	}
	var oldestFirst = (a, b) => Date.parse(a.askedAt) - Date.parse(b.askedAt);
	/** Requests the supplier has not answered yet, oldest first; for one order or all. */
	async function openRequests(store, orderId) {
		return (await read(store, ["requests"], (tx) => {
			const requests = tx.objectStore("requests");
			return orderId === void 0 ? requests.getAll() : requests.index("orderId").getAll(orderId);
		})).filter((r) => r.answeredAt === void 0).sort(oldestFirst);
	}
	function markAnswered(store, id, at = now()) {
		return write(store, ["requests"], async (tx) => {
			const old = await tx.objectStore("requests").get(id);
			if (!old) throw notFound("Request", id);
			const next = {
				...old,
				answeredAt: old.answeredAt ?? at
			};
			assertValid(validateRequest, next, "request", "Request not updated");
			await tx.objectStore("requests").put(next);
			return next;
		});
	}
	// utils/store/suppliers.ts
	/** `Amy Lin <Amy@Factory.CN>`, `mailto:amy@factory.cn` → `amy@factory.cn`. */
	function normalizeAddress(sender) {
		const angle = /<([^>]+)>/.exec(sender);
		return (angle ? angle[1] : sender).trim().replace(/^mailto:/i, "").toLowerCase();
	}
	var normalizeDomain = (d) => d.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
	var each = (xs, f) => Array.isArray(xs) ? [...new Set(xs.map((x) => typeof x === "string" ? f(x) : x))] : xs;
	function normalize(s) {
		return {
			...s,
			company: typeof s.company === "string" ? s.company.trim() : s.company,
			emails: each(s.emails, normalizeAddress),
			domains: each(s.domains, normalizeDomain)
		};
	}
	/** An address or domain listed under two suppliers would make sender lookups ambiguous. */
	async function checkAndPut(tx, supplier, what) {
		assertValid(validateSupplier, supplier, "supplier", what);
		const problems = [];
		const store = tx.objectStore("suppliers");
		for (const [field, index, values] of [[
			"emails",
			"email",
			supplier.emails
		], [
			"domains",
			"domain",
			supplier.domains
		]]) for (const [i, value] of values.entries()) {
			const other = await store.index(index).get(value);
			if (other && other.id !== supplier.id) problems.push(`supplier.${field}[${i}]: ${value} already belongs to ${other.company}`);
		}
		if (problems.length) throw validationError(what, problems);
		await store.put(supplier);
		return supplier;
	}
	function addSupplier(store, draft) {
		const at = now();
		const supplier = normalize({
			...draft,
			id: newId(),
			createdAt: at,
			updatedAt: at
		});
		return write(store, ["suppliers"], (tx) => checkAndPut(tx, supplier, "Supplier not saved"));
	}
	async function listSuppliers(store) {
		return (await read(store, ["suppliers"], (tx) => tx.objectStore("suppliers").getAll())).sort((a, b) => a.company.localeCompare(b.company));
	}
	// utils/store/settings.ts
	var DEFAULT_SETTINGS = {
		thresholds: DEFAULT_THRESHOLDS,
		replyLanguages: ["en", "zh-CN"],
		replyLayout: "sequential",
		replyDetail: "detailed",
		buyer: {
			name: "",
			company: "",
			signature: ""
		},
		ignoredSenders: []
	};
	function mergeSettings(stored) {
		const s = stored ?? {};
		const merged = {
			...DEFAULT_SETTINGS,
			...withoutUndefined(s),
			thresholds: {
				...DEFAULT_THRESHOLDS,
				...withoutUndefined(s.thresholds ?? {})
			},
			buyer: {
				...DEFAULT_SETTINGS.buyer,
				...withoutUndefined(s.buyer ?? {})
			}
		};
		const templates = withoutUndefined(s.replyTemplates ?? {});
		if (Object.keys(templates).length) merged.replyTemplates = templates;
		else delete merged.replyTemplates;
		return merged;
	}
	function withoutUndefined(o) {
		return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
	}
	async function getSettings(store) {
		return mergeSettings(await read(store, ["settings"], (tx) => tx.objectStore("settings").get(SETTINGS_KEY)));
	}
	async function change(store, fn) {
		return write(store, ["settings"], async (tx) => {
			const settings = tx.objectStore("settings");
			const next = fn(await settings.get("settings") ?? {});
			assertValid(validateSettings, next, "settings", "Settings not saved");
			await settings.put(next, SETTINGS_KEY);
			return mergeSettings(next);
		});
	}
	/** "Never for this sender": unknown senders the buyer does not want triaged. */
	var addIgnoredSender = (store, email) => change(store, (s) => {
		const address = normalizeAddress(email);
		const list = s.ignoredSenders ?? [];
		return list.includes(address) ? s : {
			...s,
			ignoredSenders: [...list, address]
		};
	});
	// utils/store/threads.ts
	/** Remember (or change) the order of a thread. Refused ('validation') if the order does not exist. */
	async function rememberThreadOrder(store, draft) {
		const entry = {
			...draft,
			updatedAt: now()
		};
		assertValid(validateThread, entry, "thread", "Thread not remembered");
		return write(store, ["threads", "orders"], async (tx) => {
			const order = await tx.objectStore("orders").get(entry.orderId);
			const problems = threadRefProblems(entry, "thread", {
				hasSupplier: () => true,
				hasReferencePhoto: () => true,
				order: () => order
			});
			if (problems.length) throw validationError("Thread not remembered", problems);
			await tx.objectStore("threads").put(entry);
			return entry;
		});
	}
	/** The order remembered for the thread, if any. */
	function threadOrder(store, threadId) {
		return read(store, ["threads"], (tx) => tx.objectStore("threads").get(threadId));
	}
	// utils/triage/checklist.ts
	var time = (iso) => Date.parse(iso);
	var dayNumber = (d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 864e5;
	/** A photo's dHash: the stored one, else its report's (records from before the field was stored). */
	var dHashOf = (r) => r.dHash ?? (r.report.pixels?.ok ? r.report.pixels.metrics.dHash : void 0);
	/** The order a sighting was for: its own, else the record's (stores may only set the record's). */
	var orderOf = (origin, record) => origin.orderId ?? record.orderId;
	/** The sighting of a photo that brought it to this order: the latest one for the order, else the latest. */
	function currentOrigin(p, orderId) {
		return p.origins.filter((o) => orderOf(o, p) === orderId).at(-1) ?? p.origins.at(-1);
	}
	var receivedAt = (p, orderId) => {
		return time(currentOrigin(p, orderId)?.receivedAt ?? p.createdAt);
	};
	function newestFirst(photos, orderId) {
		return [...photos].sort((a, b) => receivedAt(b, orderId) - receivedAt(a, orderId) || time(b.createdAt) - time(a.createdAt));
	}
	var pixelsOf = (r) => r.report.width * r.report.height;
	/**
	* Whether photo `p` (as received at `current`) was seen before. A sighting counts when it was for
	* another order and no later than this one, or for this order in an older, different message. A
	* sighting in the same message never counts: one email may cover two orders (one container, two POs).
	*/
	function findReuse(p, candidates, orderId, t) {
		const current = currentOrigin(p, orderId);
		if (!current) return void 0;
		const now = time(current.receivedAt);
		const hash = dHashOf(p);
		let found;
		for (const other of candidates) {
			let match;
			let distance;
			if (other.sha256 === p.sha256) match = "exact";
			else {
				const otherHash = dHashOf(other);
				if (!hash || !otherHash) continue;
				distance = hammingDistance(hash, otherHash);
				if (distance > t.nearDuplicateBits) continue;
				match = "near";
			}
			for (const seen of other.origins) {
				if (seen === current) continue;
				const seenOrder = orderOf(seen, other);
				if (!seenOrder) continue;
				if (seen.messageId && seen.messageId === current.messageId) continue;
				const at = time(seen.receivedAt);
				const sameOrder = seenOrder === orderId;
				if (sameOrder ? at >= now : at > now) continue;
				if (sameOrder && match === "near" && pixelsOf(p) > pixelsOf(other)) continue;
				if (!found || match === "exact" && found.match === "near" || match === found.match && at < time(found.firstSeen.receivedAt)) found = {
					firstSeen: seen,
					sameOrder,
					match,
					...distance === void 0 ? {} : { distance }
				};
			}
		}
		return found;
	}
	/** `IMG_0412.jpg, 2026-10-02, PO-2026-0311`: names, dates and PO numbers read the same in any language. */
	function describeSighting(r, orders) {
		const parts = [r.firstSeen.fileName, r.firstSeen.receivedAt.slice(0, 10)];
		if (!r.sameOrder) {
			const po = orders?.find((o) => o.id === r.firstSeen.orderId)?.poNumbers[0];
			if (po) parts.push(po);
		}
		return parts.join(", ");
	}
	/** Report findings with the shot's own size minimum in place of the general one. */
	function shotFindings(p, shot) {
		let findings = p.report.findings.filter((f) => f.code !== "reused");
		const min = shot?.minLongEdge;
		if (min !== void 0) {
			findings = findings.filter((f) => f.code !== "too-small");
			const long = Math.max(p.report.width, p.report.height);
			if (long > 0 && long < min) findings.push({
				code: "too-small",
				severity: "fail",
				measured: long,
				threshold: min
			});
		}
		return findings;
	}
	var fails = (findings) => findings.filter((f) => f.severity === "fail");
	function judgeShot(shot, photos, findingsOf) {
		if (photos.length === 0) return {
			shot,
			status: "missing",
			photos,
			findings: []
		};
		const accepted = photos.find((p) => p.status.state === "accepted");
		if (accepted) return {
			shot,
			status: "accepted",
			photos,
			best: accepted,
			findings: fails(findingsOf(accepted))
		};
		const usable = photos.find((p) => p.status.state !== "rejected");
		if (usable) {
			const problems = fails(findingsOf(usable));
			return {
				shot,
				status: problems.length ? "poor" : "pending",
				photos,
				best: usable,
				findings: problems
			};
		}
		const newest = photos[0];
		return {
			shot,
			status: "rejected",
			photos,
			best: newest,
			findings: fails(findingsOf(newest))
		};
	}
	function gateOf(stage, shots, today) {
		const blockers = shots.filter((s) => s.shot.required && s.status !== "accepted").map(({ shot, status }) => ({
			shot,
			status
		}));
		const dueDate = stage.gate?.dueDate ?? stage.dueDate;
		const gate = {
			hasGate: stage.gate !== void 0,
			canProceed: blockers.length === 0,
			blockers,
			overdue: false
		};
		if (dueDate) {
			gate.dueDate = dueDate;
			gate.daysToDue = Math.round(dayNumber(dueDate) - dayNumber(today));
			gate.overdue = gate.daysToDue < 0 && blockers.length > 0;
		}
		return gate;
	}
	function buildChecklist(input) {
		const { order, stage, photos, history, thresholds, today, orders } = input;
		const shotById = new Map(stage.shots.map((s) => [s.id, s]));
		const candidates = [...photos, ...history];
		const reused = [];
		const findings = {};
		for (const p of photos) {
			const own = shotFindings(p, p.shotId ? shotById.get(p.shotId) : void 0);
			const reuse = findReuse(p, candidates, order.id, thresholds);
			if (reuse) {
				reused.push({
					photo: p,
					...reuse
				});
				own.push({
					code: "reused",
					severity: "fail",
					other: describeSighting(reuse, orders),
					...reuse.match === "near" ? {
						measured: reuse.distance,
						threshold: thresholds.nearDuplicateBits
					} : {}
				});
			}
			findings[p.sha256] = own;
		}
		const findingsOf = (p) => findings[p.sha256] ?? [];
		const sorted = newestFirst(photos, order.id);
		const shots = stage.shots.map((shot) => judgeShot(shot, sorted.filter((p) => p.shotId === shot.id), findingsOf));
		const unassigned = sorted.filter((p) => !p.shotId || !shotById.has(p.shotId));
		const counts = {
			total: shots.length,
			required: 0,
			requiredAccepted: 0,
			accepted: 0,
			pending: 0,
			poor: 0,
			missing: 0,
			rejected: 0
		};
		for (const s of shots) {
			counts[s.status]++;
			if (s.shot.required) {
				counts.required++;
				if (s.status === "accepted") counts.requiredAccepted++;
			}
		}
		return {
			orderId: order.id,
			stageId: stage.id,
			shots,
			unassigned,
			reused,
			findings,
			gate: gateOf(stage, shots, today),
			counts
		};
	}
	// utils/mail/service.ts
	var orderLabel = (o) => `${o.poNumbers.join(", ")} · ${o.product}`;
	function createMailService(open) {
		return {
			async messageContext(input) {
				const db = await open();
				const settings = await getSettings(db);
				const email = input.senderEmail?.toLowerCase();
				const ignored = Boolean(email && settings.ignoredSenders.includes(email));
				const suppliers = await listSuppliers(db);
				const supplier = email ? matchSupplier(email, suppliers) : void 0;
				const orders = supplier ? await listOrders(db, { supplierId: supplier.id }) : await listOpenOrders(db);
				const remembered = input.orderId ?? (input.threadId ? (await threadOrder(db, input.threadId))?.orderId : void 0);
				const choice = chooseOrder({
					subject: input.subject,
					body: input.bodyText,
					supplier,
					orders,
					remembered
				});
				const order = choice.order;
				return {
					supplier,
					ignored,
					order,
					stage: order?.stages.find((s) => s.id === order.currentStageId),
					orderReason: choice.reason,
					candidates: choice.candidates.map((o) => ({
						id: o.id,
						label: orderLabel(o)
					})),
					settings
				};
			},
			/** "Check photos from this sender?" — yes. */
			async addSupplierFromSender(email, name) {
				const address = email.toLowerCase();
				const domain = address.split("@")[1] ?? "";
				return addSupplier(await open(), {
					company: name?.trim() || domain || address,
					contactName: name?.trim() || void 0,
					emails: [address],
					domains: [],
					replyLanguages: ["en", "zh-CN"]
				});
			},
			/** "Never for this sender." */
			async ignoreSender(email) {
				await addIgnoredSender(await open(), email.toLowerCase());
			},
			async rememberThreadOrder(client, threadId, orderId) {
				await rememberThreadOrder(await open(), {
					client,
					threadId,
					orderId
				});
			},
			/** Keep the message's photos (with where they came from) for reuse detection and the checklist. */
			async recordPhotos(input) {
				const db = await open();
				const saved = [];
				for (const p of input.photos) {
					if (!p.report.sha256) continue;
					const existing = await getPhoto(db, p.report.sha256);
					saved.push(await savePhoto(db, {
						sha256: p.report.sha256,
						dHash: p.report.pixels?.ok ? p.report.pixels.metrics.dHash : void 0,
						report: p.report,
						thumbnail: p.thumbnail,
						origins: [{
							source: input.client,
							fileName: p.fileName,
							receivedAt: input.receivedAt,
							messageId: input.messageId,
							threadId: input.threadId,
							sender: input.sender,
							orderId: input.orderId
						}],
						orderId: existing?.orderId ?? input.orderId,
						stageId: existing?.orderId ? existing.stageId : input.stageId,
						shotId: existing?.orderId ? existing.shotId : void 0
					}));
				}
				return saved;
			},
			/** Photos already filed from this message: reopening it does not download them again. */
			async photosOfMessage(messageId) {
				return photosByMessage(await open(), messageId);
			},
			async stageView(orderId, stageId) {
				const db = await open();
				const order = await getOrder(db, orderId);
				const stage = order?.stages.find((s) => s.id === stageId);
				if (!order || !stage) throw new StoreError("not-found", "That order or stage no longer exists.");
				const settings = await getSettings(db);
				const photos = await photosForOrder(db, orderId, stageId);
				const near = await photosNearDHash(db, photos.map(dHashOf).filter((h) => Boolean(h)), settings.thresholds.nearDuplicateBits);
				const checklist = buildChecklist({
					order,
					stage,
					photos,
					history: [...new Map(near.map(({ photo }) => [photo.sha256, photo])).values()],
					thresholds: settings.thresholds,
					today: todayLocal(),
					orders: await listOrders(db)
				});
				const references = {};
				for (const id of stage.shots.flatMap((s) => s.referencePhotoIds)) {
					const ref = await getReferencePhoto(db, id);
					if (ref) references[id] = ref.blob;
				}
				return {
					checklist,
					references
				};
			},
			/** A re-request was put in the reply box (or copied for WeChat): keep what was asked, and when. */
			async logRequest(entry) {
				return logRequest(await open(), entry);
			},
			async openRequests(orderId) {
				return openRequests(await open(), orderId);
			},
			async markAnswered(requestId) {
				await markAnswered(await open(), requestId);
			},
			async assignPhoto(sha256, assignment) {
				await setPhotoAssignment(await open(), sha256, assignment);
			},
			async setPhotoStatus(sha256, status) {
				const s = status.state === "rejected" ? {
					state: "rejected",
					reason: status.reason ?? ""
				} : { state: status.state };
				await setPhotoStatus(await open(), sha256, s);
			}
		};
	}
	// utils/data-url.ts
	async function blobToDataUrl(blob) {
		const bytes = new Uint8Array(await blob.arrayBuffer());
		const type = blob.type || "application/octet-stream";
		const toBase64 = bytes.toBase64;
		if (toBase64) return `data:${type};base64,${toBase64.call(bytes)}`;
		let binary = "";
		for (let i = 0; i < bytes.length; i += 32768) binary += String.fromCharCode(...bytes.subarray(i, i + 32768));
		return `data:${type};base64,${btoa(binary)}`;
	}
	function dataUrlToBlob(url) {
		const comma = url.indexOf(",");
		const type = url.slice(5, url.indexOf(";"));
		const base64 = url.slice(comma + 1);
		const fromBase64 = Uint8Array.fromBase64;
		if (fromBase64) return new Blob([fromBase64(base64)], { type });
		const binary = atob(base64);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return new Blob([bytes], { type });
	}
	var BLOB = "$blob";
	/** Blob → `{$blob: dataUrl}` everywhere in a value. */
	async function encodeBlobs(value) {
		if (typeof Blob !== "undefined" && value instanceof Blob) return { [BLOB]: await blobToDataUrl(value) };
		if (Array.isArray(value)) return Promise.all(value.map(encodeBlobs));
		if (value && typeof value === "object") {
			const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await encodeBlobs(v)]));
			return Object.fromEntries(entries);
		}
		return value;
	}
	function decodeBlobs(value) {
		if (Array.isArray(value)) return value.map(decodeBlobs);
		if (value && typeof value === "object") {
			const blob = value[BLOB];
			if (typeof blob === "string" && Object.keys(value).length === 1) return dataUrlToBlob(blob);
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBlobs(v)]));
		}
		return value;
	}
	function isRpcRequest(message) {
		return message?.kind === "photo-triage/rpc" && typeof message.method === "string";
	}
	/** Background side: answer requests for `api`'s methods only. */
	function createRpcHandler(api) {
		return async (request) => {
			if (!Object.hasOwn(api, request.method)) return {
				ok: false,
				error: {
					code: "unavailable",
					message: `No such call: ${request.method}`
				}
			};
			try {
				const args = decodeBlobs(request.args);
				return {
					ok: true,
					value: await encodeBlobs(await api[request.method](...args))
				};
			} catch (e) {
				if (e instanceof StoreError) return {
					ok: false,
					error: e.toJSON()
				};
				return {
					ok: false,
					error: {
						code: "unavailable",
						message: e instanceof Error ? e.message : String(e)
					}
				};
			}
		};
	}
	// utils/concurrency.ts
	/**
	* At most `limit` tasks at once, in arrival order. Photos keep arriving while earlier ones are analysed
	* (more files dropped, more messages opened), so this is a limiter rather than a map over a list.
	*/
	function createLimiter(limit) {
		let active = 0;
		const waiting = [];
		return async function run(task) {
			if (active >= limit) await new Promise((resolve) => waiting.push(resolve));
			else active++;
			try {
				return await task();
			} finally {
				const next = waiting.shift();
				if (next) next();
				else active--;
			}
		};
	}
	// utils/triage/rules.ts
	/** Sizes chat apps resize to when "original" is not ticked (DESIGN.md): long edges, and WeChat's short edge. */
	var CHAT_LONG_EDGES = [1280, 1600];
	var CHAT_SHORT_EDGES = [1440];
	var near = (value, target) => Math.abs(value - target) <= target * .015;
	/** Phone and monitor screen widths (portrait short edge) that screenshots come in. */
	var SCREEN_SHORT_EDGES = [
		640,
		720,
		750,
		828,
		1080,
		1125,
		1170,
		1179,
		1242,
		1284,
		1290,
		1320,
		1440
	];
	function looksLikeScreenshot(r) {
		if (/screenshot|screen ?shot|截屏|截图/i.test(r.exif?.software ?? "")) return true;
		if (r.format !== "png" && r.format !== "webp" && r.format !== "bmp") return false;
		const short = Math.min(r.width, r.height);
		const long = Math.max(r.width, r.height);
		return SCREEN_SHORT_EDGES.includes(short) || long / short >= 1.9;
	}
	function daysBetween(earlierIsoLocal, laterIso) {
		const a = Date.parse(`${earlierIsoLocal}Z`);
		return (Date.parse(laterIso) - a) / 864e5;
	}
	function evaluatePhoto(r, t = DEFAULT_THRESHOLDS, context = {}) {
		if (r.error) return [{
			code: r.error.code === "unsupported" ? "unsupported" : "unreadable",
			severity: "fail",
			measured: r.error.code
		}];
		const findings = [];
		const long = Math.max(r.width, r.height);
		const short = Math.min(r.width, r.height);
		if (long > 0 && long < t.minLongEdge) findings.push({
			code: "too-small",
			severity: "fail",
			measured: long,
			threshold: t.minLongEdge
		});
		if (r.bytes !== void 0 && r.bytes < t.warnBelowBytes) {
			const fail = r.bytes < t.failBelowBytes;
			findings.push({
				code: "small-file",
				severity: fail ? "fail" : "warn",
				measured: r.bytes,
				threshold: fail ? t.failBelowBytes : t.warnBelowBytes
			});
		}
		const quality = r.jpeg?.quality;
		if (quality !== void 0 && quality < t.warnBelowQuality) {
			const fail = quality < t.failBelowQuality;
			findings.push({
				code: "over-compressed",
				severity: fail ? "fail" : "warn",
				measured: quality,
				threshold: fail ? t.failBelowQuality : t.warnBelowQuality
			});
		} else if (quality === void 0 && r.format === "jpeg" && r.bytes && long > 0) {
			const bpp = r.bytes / (r.width * r.height);
			if (bpp < t.minBytesPerPixel) findings.push({
				code: "over-compressed",
				severity: "warn",
				measured: Number(bpp.toFixed(3)),
				threshold: t.minBytesPerPixel
			});
		}
		const cameraFormat = r.format === "jpeg" || r.format === "heic" || r.format === "avif" || r.format === "webp";
		const noExif = !r.exif || !r.exif.make && !r.exif.model && !r.exif.takenAt;
		const chatSize = CHAT_LONG_EDGES.some((e) => near(long, e)) || CHAT_SHORT_EDGES.some((e) => near(short, e));
		if (r.format === "jpeg" && chatSize && noExif && (quality === void 0 || quality <= 85)) findings.push({
			code: "chat-recompressed",
			severity: "warn",
			measured: `${r.width}×${r.height}`
		});
		else if (cameraFormat && noExif) findings.push({
			code: "metadata-stripped",
			severity: "info"
		});
		if (looksLikeScreenshot(r)) findings.push({
			code: "screenshot",
			severity: "warn",
			measured: `${r.width}×${r.height}`
		});
		const px = r.pixels;
		if (px?.ok) {
			const m = px.metrics;
			if (m.sharpness < t.warnBelowSharpness) {
				const fail = m.sharpness < t.failBelowSharpness;
				findings.push({
					code: "blurry",
					severity: fail ? "fail" : "warn",
					measured: m.sharpness,
					threshold: fail ? t.failBelowSharpness : t.warnBelowSharpness
				});
			}
			if (m.meanLuminance < t.warnBelowLuminance || m.clippedDark > t.maxClippedDark) {
				const fail = m.meanLuminance < t.failBelowLuminance;
				findings.push({
					code: "dark",
					severity: fail ? "fail" : "warn",
					measured: m.meanLuminance,
					threshold: fail ? t.failBelowLuminance : t.warnBelowLuminance
				});
			} else if (m.meanLuminance > t.warnAboveLuminance || m.clippedBright > t.maxClippedBright) findings.push({
				code: "overexposed",
				severity: "warn",
				measured: m.meanLuminance,
				threshold: t.warnAboveLuminance
			});
		} else if (px && px.reason === "too-many-pixels") findings.push({
			code: "too-many-pixels",
			severity: "warn",
			measured: r.width * r.height
		});
		else if (px && px.reason === "cannot-decode") findings.push({
			code: "not-decodable",
			severity: "info",
			measured: r.format
		});
		if (r.exif?.takenAt && context.receivedAt) {
			const age = daysBetween(r.exif.takenAt, context.receivedAt);
			if (age > t.maxCaptureAgeDays) findings.push({
				code: "old-capture",
				severity: "warn",
				measured: Math.floor(age),
				threshold: t.maxCaptureAgeDays
			});
		}
		return findings;
	}
	function verdictOf(findings, error) {
		if (error) return "error";
		if (findings.some((f) => f.severity === "fail")) return "fail";
		if (findings.some((f) => f.severity === "warn")) return "warn";
		return "ok";
	}
	// utils/photo/byte-reader.ts
	/**
	* Reads a photo from the front, only as far as a parser asks. Header parsers call `ensure(end)` to have
	* bytes [0, end) in `bytes`; a Blob is sliced, a stream is pulled chunk by chunk, memory is instant.
	* `bytesRead` is what was actually taken from the source, the number the benchmark reports.
	*/
	var ByteReader = class {
		buf;
		filled = 0;
		done = false;
		streamReader;
		blob;
		/** Total size when the source tells it (Blob, memory); undefined for a stream until it ends. */
		total;
		constructor(input) {
			if (input instanceof Uint8Array) {
				this.buf = input;
				this.filled = input.length;
				this.total = input.length;
				this.done = true;
			} else if (input instanceof ArrayBuffer) {
				this.buf = new Uint8Array(input);
				this.filled = this.buf.length;
				this.total = this.buf.length;
				this.done = true;
			} else if (typeof Blob !== "undefined" && input instanceof Blob) {
				this.blob = input;
				this.total = input.size;
				this.buf = new Uint8Array(Math.min(input.size, 16384));
				this.done = input.size === 0;
			} else {
				this.streamReader = input.getReader();
				this.buf = /* @__PURE__ */ new Uint8Array(65536);
			}
		}
		/** Bytes available so far: [0, length). */
		get bytes() {
			return this.buf.subarray(0, this.filled);
		}
		get length() {
			return this.filled;
		}
		get bytesRead() {
			return this.filled;
		}
		/** True once the whole source is in memory. */
		get complete() {
			return this.done && (this.total === void 0 || this.filled >= this.total);
		}
		/**
		* Make bytes [0, end) available, or as many as exist. Reads in steps of at least `minStep` so a parser
		* walking many small segments does not cause many small reads. Returns the available length.
		*/
		async ensure(end, minStep = 16384) {
			if (end <= this.filled || this.complete) return this.filled;
			if (this.blob) {
				const want = Math.min(this.blob.size, Math.max(end, this.filled + minStep));
				const chunk = new Uint8Array(await this.blob.slice(this.filled, want).arrayBuffer());
				this.append(chunk);
				if (this.filled >= this.blob.size) this.done = true;
				return this.filled;
			}
			if (this.streamReader) {
				const target = Math.max(end, this.filled + minStep);
				while (this.filled < target && !this.done) {
					const { value, done } = await this.streamReader.read();
					if (done) {
						this.done = true;
						this.total = this.filled;
						break;
					}
					if (value?.length) this.append(value);
				}
				return this.filled;
			}
			return this.filled;
		}
		/** Read everything that is left. */
		async readAll() {
			await this.ensure(Number.POSITIVE_INFINITY, 0);
			if (this.blob) this.total = this.filled;
			return this.bytes;
		}
		/** Stop reading: release the stream so the network request can end early. */
		async close() {
			if (this.streamReader && !this.done) {
				await this.streamReader.cancel().catch(() => {});
				this.done = true;
			}
		}
		append(chunk) {
			const needed = this.filled + chunk.length;
			if (needed > this.buf.length) {
				const sizeHint = this.total ?? 0;
				const grown = new Uint8Array(Math.max(needed, Math.min(this.buf.length * 2, sizeHint || needed * 2)));
				grown.set(this.buf.subarray(0, this.filled));
				this.buf = grown;
			}
			this.buf.set(chunk, this.filled);
			this.filled = needed;
		}
	};
	// node_modules/exifr/dist/mini.esm.mjs
	function e(e, t, s) {
		return t in e ? Object.defineProperty(e, t, {
			value: s,
			enumerable: !0,
			configurable: !0,
			writable: !0
		}) : e[t] = s, e;
	}
	var t = "undefined" != typeof self ? self : global;
	var s = "undefined" != typeof navigator;
	var i = s && "undefined" == typeof HTMLImageElement;
	var n = !("undefined" == typeof global || "undefined" == typeof process || !process.versions || !process.versions.node);
	var r = t.Buffer;
	var a = !!r;
	var h = (e) => void 0 !== e;
	function f(e) {
		return void 0 === e || (e instanceof Map ? 0 === e.size : 0 === Object.values(e).filter(h).length);
	}
	function l(e) {
		let t = new Error(e);
		throw delete t.stack, t;
	}
	function o(e) {
		let t = function(e) {
			let t = 0;
			return e.ifd0.enabled && (t += 1024), e.exif.enabled && (t += 2048), e.makerNote && (t += 2048), e.userComment && (t += 1024), e.gps.enabled && (t += 512), e.interop.enabled && (t += 100), e.ifd1.enabled && (t += 1024), t + 2048;
		}(e);
		return e.jfif.enabled && (t += 50), e.xmp.enabled && (t += 2e4), e.iptc.enabled && (t += 14e3), e.icc.enabled && (t += 6e3), t;
	}
	var u = (e) => String.fromCharCode.apply(null, e);
	var d = "undefined" != typeof TextDecoder ? new TextDecoder("utf-8") : void 0;
	var c = class c {
		static from(e, t) {
			return e instanceof this && e.le === t ? e : new c(e, void 0, void 0, t);
		}
		constructor(e, t = 0, s, i) {
			if ("boolean" == typeof i && (this.le = i), Array.isArray(e) && (e = new Uint8Array(e)), 0 === e) this.byteOffset = 0, this.byteLength = 0;
			else if (e instanceof ArrayBuffer) {
				void 0 === s && (s = e.byteLength - t);
				let i = new DataView(e, t, s);
				this._swapDataView(i);
			} else if (e instanceof Uint8Array || e instanceof DataView || e instanceof c) {
				void 0 === s && (s = e.byteLength - t), (t += e.byteOffset) + s > e.byteOffset + e.byteLength && l("Creating view outside of available memory in ArrayBuffer");
				let i = new DataView(e.buffer, t, s);
				this._swapDataView(i);
			} else if ("number" == typeof e) {
				let t = new DataView(new ArrayBuffer(e));
				this._swapDataView(t);
			} else l("Invalid input argument for BufferView: " + e);
		}
		_swapArrayBuffer(e) {
			this._swapDataView(new DataView(e));
		}
		_swapBuffer(e) {
			this._swapDataView(new DataView(e.buffer, e.byteOffset, e.byteLength));
		}
		_swapDataView(e) {
			this.dataView = e, this.buffer = e.buffer, this.byteOffset = e.byteOffset, this.byteLength = e.byteLength;
		}
		_lengthToEnd(e) {
			return this.byteLength - e;
		}
		set(e, t, s = c) {
			return e instanceof DataView || e instanceof c ? e = new Uint8Array(e.buffer, e.byteOffset, e.byteLength) : e instanceof ArrayBuffer && (e = new Uint8Array(e)), e instanceof Uint8Array || l("BufferView.set(): Invalid data argument."), this.toUint8().set(e, t), new s(this, t, e.byteLength);
		}
		subarray(e, t) {
			return t = t || this._lengthToEnd(e), new c(this, e, t);
		}
		toUint8() {
			return new Uint8Array(this.buffer, this.byteOffset, this.byteLength);
		}
		getUint8Array(e, t) {
			return new Uint8Array(this.buffer, this.byteOffset + e, t);
		}
		getString(e = 0, t = this.byteLength) {
			return i = this.getUint8Array(e, t), d ? d.decode(i) : a ? Buffer.from(i).toString("utf8") : decodeURIComponent(escape(u(i)));
			var i;
		}
		getLatin1String(e = 0, t = this.byteLength) {
			return u(this.getUint8Array(e, t));
		}
		getUnicodeString(e = 0, t = this.byteLength) {
			const s = [];
			for (let i = 0; i < t && e + i < this.byteLength; i += 2) s.push(this.getUint16(e + i));
			return u(s);
		}
		getInt8(e) {
			return this.dataView.getInt8(e);
		}
		getUint8(e) {
			return this.dataView.getUint8(e);
		}
		getInt16(e, t = this.le) {
			return this.dataView.getInt16(e, t);
		}
		getInt32(e, t = this.le) {
			return this.dataView.getInt32(e, t);
		}
		getUint16(e, t = this.le) {
			return this.dataView.getUint16(e, t);
		}
		getUint32(e, t = this.le) {
			return this.dataView.getUint32(e, t);
		}
		getFloat32(e, t = this.le) {
			return this.dataView.getFloat32(e, t);
		}
		getFloat64(e, t = this.le) {
			return this.dataView.getFloat64(e, t);
		}
		getFloat(e, t = this.le) {
			return this.dataView.getFloat32(e, t);
		}
		getDouble(e, t = this.le) {
			return this.dataView.getFloat64(e, t);
		}
		getUintBytes(e, t, s) {
			switch (t) {
				case 1: return this.getUint8(e, s);
				case 2: return this.getUint16(e, s);
				case 4: return this.getUint32(e, s);
				case 8: return this.getUint64 && this.getUint64(e, s);
			}
		}
		getUint(e, t, s) {
			switch (t) {
				case 8: return this.getUint8(e, s);
				case 16: return this.getUint16(e, s);
				case 32: return this.getUint32(e, s);
				case 64: return this.getUint64 && this.getUint64(e, s);
			}
		}
		toString(e) {
			return this.dataView.toString(e, this.constructor.name);
		}
		ensureChunk() {}
	};
	function p(e, t) {
		l(`${e} '${t}' was not loaded, try using full build of exifr.`);
	}
	var g = class extends Map {
		constructor(e) {
			super(), this.kind = e;
		}
		get(e, t) {
			return this.has(e) || p(this.kind, e), t && (e in t || function(e, t) {
				l(`Unknown ${e} '${t}'.`);
			}(this.kind, e), t[e].enabled || p(this.kind, e)), super.get(e);
		}
		keyList() {
			return Array.from(this.keys());
		}
	};
	var m = new g("file parser");
	var y = new g("segment parser");
	var b = new g("file reader");
	var w = t.fetch;
	function k(e, t) {
		return (i = e).startsWith("data:") || i.length > 1e4 ? v(e, t, "base64") : n && e.includes("://") ? O(e, t, "url", S) : n ? v(e, t, "fs") : s ? O(e, t, "url", S) : void l("Invalid input argument");
		var i;
	}
	async function O(e, t, s, i) {
		return b.has(s) ? v(e, t, s) : i ? async function(e, t) {
			return new c(await t(e));
		}(e, i) : void l(`Parser ${s} is not loaded`);
	}
	async function v(e, t, s) {
		let i = new (b.get(s))(e, t);
		return await i.read(), i;
	}
	var S = (e) => w(e).then(((e) => e.arrayBuffer()));
	var A = (e) => new Promise(((t, s) => {
		let i = new FileReader();
		i.onloadend = () => t(i.result || /* @__PURE__ */ new ArrayBuffer()), i.onerror = s, i.readAsArrayBuffer(e);
	}));
	var U = class extends Map {
		get tagKeys() {
			return this.allKeys || (this.allKeys = Array.from(this.keys())), this.allKeys;
		}
		get tagValues() {
			return this.allValues || (this.allValues = Array.from(this.values())), this.allValues;
		}
	};
	function x(e, t, s) {
		let i = new U();
		for (let [e, t] of s) i.set(e, t);
		if (Array.isArray(t)) for (let s of t) e.set(s, i);
		else e.set(t, i);
		return i;
	}
	function C(e, t, s) {
		let i, n = e.get(t);
		for (i of s) n.set(i[0], i[1]);
	}
	var B = /* @__PURE__ */ new Map();
	var V = /* @__PURE__ */ new Map();
	var I = /* @__PURE__ */ new Map();
	var L = [
		"chunked",
		"firstChunkSize",
		"firstChunkSizeNode",
		"firstChunkSizeBrowser",
		"chunkSize",
		"chunkLimit"
	];
	var T = [
		"jfif",
		"xmp",
		"icc",
		"iptc",
		"ihdr"
	];
	var z = ["tiff", ...T];
	var P = [
		"ifd0",
		"ifd1",
		"exif",
		"gps",
		"interop"
	];
	var F = [...z, ...P];
	var j = ["makerNote", "userComment"];
	var E = [
		"translateKeys",
		"translateValues",
		"reviveValues",
		"multiSegment"
	];
	var M = [
		...E,
		"sanitize",
		"mergeOutput",
		"silentErrors"
	];
	var _ = class {
		get translate() {
			return this.translateKeys || this.translateValues || this.reviveValues;
		}
	};
	var D = class extends _ {
		get needed() {
			return this.enabled || this.deps.size > 0;
		}
		constructor(t, s, i, n) {
			if (super(), e(this, "enabled", !1), e(this, "skip", /* @__PURE__ */ new Set()), e(this, "pick", /* @__PURE__ */ new Set()), e(this, "deps", /* @__PURE__ */ new Set()), e(this, "translateKeys", !1), e(this, "translateValues", !1), e(this, "reviveValues", !1), this.key = t, this.enabled = s, this.parse = this.enabled, this.applyInheritables(n), this.canBeFiltered = P.includes(t), this.canBeFiltered && (this.dict = B.get(t)), void 0 !== i) if (Array.isArray(i)) this.parse = this.enabled = !0, this.canBeFiltered && i.length > 0 && this.translateTagSet(i, this.pick);
			else if ("object" == typeof i) {
				if (this.enabled = !0, this.parse = !1 !== i.parse, this.canBeFiltered) {
					let { pick: e, skip: t } = i;
					e && e.length > 0 && this.translateTagSet(e, this.pick), t && t.length > 0 && this.translateTagSet(t, this.skip);
				}
				this.applyInheritables(i);
			} else !0 === i || !1 === i ? this.parse = this.enabled = i : l(`Invalid options argument: ${i}`);
		}
		applyInheritables(e) {
			let t, s;
			for (t of E) s = e[t], void 0 !== s && (this[t] = s);
		}
		translateTagSet(e, t) {
			if (this.dict) {
				let s, i, { tagKeys: n, tagValues: r } = this.dict;
				for (s of e) "string" == typeof s ? (i = r.indexOf(s), -1 === i && (i = n.indexOf(Number(s))), -1 !== i && t.add(Number(n[i]))) : t.add(s);
			} else for (let s of e) t.add(s);
		}
		finalizeFilters() {
			!this.enabled && this.deps.size > 0 ? (this.enabled = !0, X(this.pick, this.deps)) : this.enabled && this.pick.size > 0 && X(this.pick, this.deps);
		}
	};
	var N = {
		jfif: !1,
		tiff: !0,
		xmp: !1,
		icc: !1,
		iptc: !1,
		ifd0: !0,
		ifd1: !1,
		exif: !0,
		gps: !0,
		interop: !1,
		ihdr: void 0,
		makerNote: !1,
		userComment: !1,
		multiSegment: !1,
		skip: [],
		pick: [],
		translateKeys: !0,
		translateValues: !0,
		reviveValues: !0,
		sanitize: !0,
		mergeOutput: !0,
		silentErrors: !0,
		chunked: !0,
		firstChunkSize: void 0,
		firstChunkSizeNode: 512,
		firstChunkSizeBrowser: 65536,
		chunkSize: 65536,
		chunkLimit: 5
	};
	var $ = /* @__PURE__ */ new Map();
	var R = class extends _ {
		static useCached(e) {
			let t = $.get(e);
			return void 0 !== t || (t = new this(e), $.set(e, t)), t;
		}
		constructor(e) {
			super(), !0 === e ? this.setupFromTrue() : void 0 === e ? this.setupFromUndefined() : Array.isArray(e) ? this.setupFromArray(e) : "object" == typeof e ? this.setupFromObject(e) : l(`Invalid options argument ${e}`), void 0 === this.firstChunkSize && (this.firstChunkSize = s ? this.firstChunkSizeBrowser : this.firstChunkSizeNode), this.mergeOutput && (this.ifd1.enabled = !1), this.filterNestedSegmentTags(), this.traverseTiffDependencyTree(), this.checkLoadedPlugins();
		}
		setupFromUndefined() {
			let e;
			for (e of L) this[e] = N[e];
			for (e of M) this[e] = N[e];
			for (e of j) this[e] = N[e];
			for (e of F) this[e] = new D(e, N[e], void 0, this);
		}
		setupFromTrue() {
			let e;
			for (e of L) this[e] = N[e];
			for (e of M) this[e] = N[e];
			for (e of j) this[e] = !0;
			for (e of F) this[e] = new D(e, !0, void 0, this);
		}
		setupFromArray(e) {
			let t;
			for (t of L) this[t] = N[t];
			for (t of M) this[t] = N[t];
			for (t of j) this[t] = N[t];
			for (t of F) this[t] = new D(t, !1, void 0, this);
			this.setupGlobalFilters(e, void 0, P);
		}
		setupFromObject(e) {
			let t;
			for (t of (P.ifd0 = P.ifd0 || P.image, P.ifd1 = P.ifd1 || P.thumbnail, Object.assign(this, e), L)) this[t] = W(e[t], N[t]);
			for (t of M) this[t] = W(e[t], N[t]);
			for (t of j) this[t] = W(e[t], N[t]);
			for (t of z) this[t] = new D(t, N[t], e[t], this);
			for (t of P) this[t] = new D(t, N[t], e[t], this.tiff);
			this.setupGlobalFilters(e.pick, e.skip, P, F), !0 === e.tiff ? this.batchEnableWithBool(P, !0) : !1 === e.tiff ? this.batchEnableWithUserValue(P, e) : Array.isArray(e.tiff) ? this.setupGlobalFilters(e.tiff, void 0, P) : "object" == typeof e.tiff && this.setupGlobalFilters(e.tiff.pick, e.tiff.skip, P);
		}
		batchEnableWithBool(e, t) {
			for (let s of e) this[s].enabled = t;
		}
		batchEnableWithUserValue(e, t) {
			for (let s of e) {
				let e = t[s];
				this[s].enabled = !1 !== e && void 0 !== e;
			}
		}
		setupGlobalFilters(e, t, s, i = s) {
			if (e && e.length) {
				for (let e of i) this[e].enabled = !1;
				let t = K(e, s);
				for (let [e, s] of t) X(this[e].pick, s), this[e].enabled = !0;
			} else if (t && t.length) {
				let e = K(t, s);
				for (let [t, s] of e) X(this[t].skip, s);
			}
		}
		filterNestedSegmentTags() {
			let { ifd0: e, exif: t, xmp: s, iptc: i, icc: n } = this;
			this.makerNote ? t.deps.add(37500) : t.skip.add(37500), this.userComment ? t.deps.add(37510) : t.skip.add(37510), s.enabled || e.skip.add(700), i.enabled || e.skip.add(33723), n.enabled || e.skip.add(34675);
		}
		traverseTiffDependencyTree() {
			let { ifd0: e, exif: t, gps: s, interop: i } = this;
			i.needed && (t.deps.add(40965), e.deps.add(40965)), t.needed && e.deps.add(34665), s.needed && e.deps.add(34853), this.tiff.enabled = P.some(((e) => !0 === this[e].enabled)) || this.makerNote || this.userComment;
			for (let e of P) this[e].finalizeFilters();
		}
		get onlyTiff() {
			return !T.map(((e) => this[e].enabled)).some(((e) => !0 === e)) && this.tiff.enabled;
		}
		checkLoadedPlugins() {
			for (let e of z) this[e].enabled && !y.has(e) && p("segment parser", e);
		}
	};
	function K(e, t) {
		let s, i, n, r, a = [];
		for (n of t) {
			for (r of (s = B.get(n), i = [], s)) (e.includes(r[0]) || e.includes(r[1])) && i.push(r[0]);
			i.length && a.push([n, i]);
		}
		return a;
	}
	function W(e, t) {
		return void 0 !== e ? e : void 0 !== t ? t : void 0;
	}
	function X(e, t) {
		for (let s of t) e.add(s);
	}
	e(R, "default", N);
	var H = class {
		constructor(t) {
			e(this, "parsers", {}), e(this, "output", {}), e(this, "errors", []), e(this, "pushToErrors", ((e) => this.errors.push(e))), this.options = R.useCached(t);
		}
		async read(e) {
			this.file = await function(e, t) {
				return "string" == typeof e ? k(e, t) : s && !i && e instanceof HTMLImageElement ? k(e.src, t) : e instanceof Uint8Array || e instanceof ArrayBuffer || e instanceof DataView ? new c(e) : s && e instanceof Blob ? O(e, t, "blob", A) : void l("Invalid input argument");
			}(e, this.options);
		}
		setup() {
			if (this.fileParser) return;
			let { file: e } = this, t = e.getUint16(0);
			for (let [s, i] of m) if (i.canHandle(e, t)) return this.fileParser = new i(this.options, this.file, this.parsers), e[s] = !0;
			this.file.close && this.file.close(), l("Unknown file format");
		}
		async parse() {
			let { output: e, errors: t } = this;
			return this.setup(), this.options.silentErrors ? (await this.executeParsers().catch(this.pushToErrors), t.push(...this.fileParser.errors)) : await this.executeParsers(), this.file.close && this.file.close(), this.options.silentErrors && t.length > 0 && (e.errors = t), f(s = e) ? void 0 : s;
			var s;
		}
		async executeParsers() {
			let { output: e } = this;
			await this.fileParser.parse();
			let t = Object.values(this.parsers).map((async (t) => {
				let s = await t.parse();
				t.assignToOutput(e, s);
			}));
			this.options.silentErrors && (t = t.map(((e) => e.catch(this.pushToErrors)))), await Promise.all(t);
		}
		async extractThumbnail() {
			this.setup();
			let { options: e, file: t } = this, s = y.get("tiff", e);
			var i;
			if (t.tiff ? i = {
				start: 0,
				type: "tiff"
			} : t.jpeg && (i = await this.fileParser.getOrFindSegment("tiff")), void 0 === i) return;
			let n = await this.fileParser.ensureSegmentChunk(i), a = await (this.parsers.tiff = new s(n, e, t)).extractThumbnail();
			return t.close && t.close(), a;
		}
	};
	async function Y(e, t) {
		let s = new H(t);
		return await s.read(e), s.parse();
	}
	var G = Object.freeze({
		__proto__: null,
		parse: Y,
		Exifr: H,
		fileParsers: m,
		segmentParsers: y,
		fileReaders: b,
		tagKeys: B,
		tagValues: V,
		tagRevivers: I,
		createDictionary: x,
		extendDictionary: C,
		fetchUrlAsArrayBuffer: S,
		readBlobAsArrayBuffer: A,
		chunkedProps: L,
		otherSegments: T,
		segments: z,
		tiffBlocks: P,
		segmentsAndBlocks: F,
		tiffExtractables: j,
		inheritables: E,
		allFormatters: M,
		Options: R
	});
	var J = class {
		static findPosition(e, t) {
			let s = e.getUint16(t + 2) + 2, i = "function" == typeof this.headerLength ? this.headerLength(e, t, s) : this.headerLength, n = t + i, r = s - i;
			return {
				offset: t,
				length: s,
				headerLength: i,
				start: n,
				size: r,
				end: n + r
			};
		}
		static parse(e, t = {}) {
			return new this(e, new R({ [this.type]: t }), e).parse();
		}
		normalizeInput(e) {
			return e instanceof c ? e : new c(e);
		}
		constructor(t, s = {}, i) {
			e(this, "errors", []), e(this, "raw", /* @__PURE__ */ new Map()), e(this, "handleError", ((e) => {
				if (!this.options.silentErrors) throw e;
				this.errors.push(e.message);
			})), this.chunk = this.normalizeInput(t), this.file = i, this.type = this.constructor.type, this.globalOptions = this.options = s, this.localOptions = s[this.type], this.canTranslate = this.localOptions && this.localOptions.translate;
		}
		translate() {
			this.canTranslate && (this.translated = this.translateBlock(this.raw, this.type));
		}
		get output() {
			return this.translated ? this.translated : this.raw ? Object.fromEntries(this.raw) : void 0;
		}
		translateBlock(e, t) {
			let s = I.get(t), i = V.get(t), n = B.get(t), r = this.options[t], a = r.reviveValues && !!s, h = r.translateValues && !!i, f = r.translateKeys && !!n, l = {};
			for (let [t, r] of e) a && s.has(t) ? r = s.get(t)(r) : h && i.has(t) && (r = this.translateValue(r, i.get(t))), f && n.has(t) && (t = n.get(t) || t), l[t] = r;
			return l;
		}
		translateValue(e, t) {
			return t[e] || t.DEFAULT || e;
		}
		assignToOutput(e, t) {
			this.assignObjectToOutput(e, this.constructor.type, t);
		}
		assignObjectToOutput(e, t, s) {
			if (this.globalOptions.mergeOutput) return Object.assign(e, s);
			e[t] ? Object.assign(e[t], s) : e[t] = s;
		}
	};
	e(J, "headerLength", 4), e(J, "type", void 0), e(J, "multiSegment", !1), e(J, "canHandle", (() => !1));
	function q(e) {
		return 192 === e || 194 === e || 196 === e || 219 === e || 221 === e || 218 === e || 254 === e;
	}
	function Q(e) {
		return e >= 224 && e <= 239;
	}
	function Z(e, t, s) {
		for (let [i, n] of y) if (n.canHandle(e, t, s)) return i;
	}
	var ee = class extends class {
		constructor(t, s, i) {
			e(this, "errors", []), e(this, "ensureSegmentChunk", (async (e) => {
				let t = e.start, s = e.size || 65536;
				if (this.file.chunked) if (this.file.available(t, s)) e.chunk = this.file.subarray(t, s);
				else try {
					e.chunk = await this.file.readChunk(t, s);
				} catch (t) {
					l(`Couldn't read segment: ${JSON.stringify(e)}. ${t.message}`);
				}
				else this.file.byteLength > t + s ? e.chunk = this.file.subarray(t, s) : void 0 === e.size ? e.chunk = this.file.subarray(t) : l("Segment unreachable: " + JSON.stringify(e));
				return e.chunk;
			})), this.extendOptions && this.extendOptions(t), this.options = t, this.file = s, this.parsers = i;
		}
		injectSegment(e, t) {
			this.options[e].enabled && this.createParser(e, t);
		}
		createParser(e, t) {
			let s = new (y.get(e))(t, this.options, this.file);
			return this.parsers[e] = s;
		}
		createParsers(e) {
			for (let t of e) {
				let { type: e, chunk: s } = t, i = this.options[e];
				if (i && i.enabled) {
					let t = this.parsers[e];
					t && t.append || t || this.createParser(e, s);
				}
			}
		}
		async readSegments(e) {
			let t = e.map(this.ensureSegmentChunk);
			await Promise.all(t);
		}
	} {
		constructor(...t) {
			super(...t), e(this, "appSegments", []), e(this, "jpegSegments", []), e(this, "unknownSegments", []);
		}
		static canHandle(e, t) {
			return 65496 === t;
		}
		async parse() {
			await this.findAppSegments(), await this.readSegments(this.appSegments), this.mergeMultiSegments(), this.createParsers(this.mergedAppSegments || this.appSegments);
		}
		setupSegmentFinderArgs(e) {
			!0 === e ? (this.findAll = !0, this.wanted = new Set(y.keyList())) : (e = void 0 === e ? y.keyList().filter(((e) => this.options[e].enabled)) : e.filter(((e) => this.options[e].enabled && y.has(e))), this.findAll = !1, this.remaining = new Set(e), this.wanted = new Set(e)), this.unfinishedMultiSegment = !1;
		}
		async findAppSegments(e = 0, t) {
			this.setupSegmentFinderArgs(t);
			let { file: s, findAll: i, wanted: n, remaining: r } = this;
			if (!i && this.file.chunked && (i = Array.from(n).some(((e) => {
				let t = y.get(e), s = this.options[e];
				return t.multiSegment && s.multiSegment;
			})), i && await this.file.readWhole()), e = this.findAppSegmentsInRange(e, s.byteLength), !this.options.onlyTiff && s.chunked) {
				let t = !1;
				for (; r.size > 0 && !t && (s.canReadNextChunk || this.unfinishedMultiSegment);) {
					let { nextChunkOffset: i } = s, n = this.appSegments.some(((e) => !this.file.available(e.offset || e.start, e.length || e.size)));
					if (t = e > i && !n ? !await s.readNextChunk(e) : !await s.readNextChunk(i), void 0 === (e = this.findAppSegmentsInRange(e, s.byteLength))) return;
				}
			}
		}
		findAppSegmentsInRange(e, t) {
			t -= 2;
			let s, i, n, r, a, h, { file: f, findAll: l, wanted: o, remaining: u, options: d } = this;
			for (; e < t; e++) if (255 === f.getUint8(e)) {
				if (s = f.getUint8(e + 1), Q(s)) {
					if (i = f.getUint16(e + 2), n = Z(f, e, i), n && o.has(n) && (r = y.get(n), a = r.findPosition(f, e), h = d[n], a.type = n, this.appSegments.push(a), !l && (r.multiSegment && h.multiSegment ? (this.unfinishedMultiSegment = a.chunkNumber < a.chunkCount, this.unfinishedMultiSegment || u.delete(n)) : u.delete(n), 0 === u.size))) break;
					d.recordUnknownSegments && (a = J.findPosition(f, e), a.marker = s, this.unknownSegments.push(a)), e += i + 1;
				} else if (q(s)) {
					if (i = f.getUint16(e + 2), 218 === s && !1 !== d.stopAfterSos) return;
					d.recordJpegSegments && this.jpegSegments.push({
						offset: e,
						length: i,
						marker: s
					}), e += i + 1;
				}
			}
			return e;
		}
		mergeMultiSegments() {
			if (!this.appSegments.some(((e) => e.multiSegment))) return;
			let e = function(e, t) {
				let s, i, n, r = /* @__PURE__ */ new Map();
				for (let a = 0; a < e.length; a++) s = e[a], i = s[t], r.has(i) ? n = r.get(i) : r.set(i, n = []), n.push(s);
				return Array.from(r);
			}(this.appSegments, "type");
			this.mergedAppSegments = e.map((([e, t]) => {
				let s = y.get(e, this.options);
				if (s.handleMultiSegments) return {
					type: e,
					chunk: s.handleMultiSegments(t)
				};
				return t[0];
			}));
		}
		getSegment(e) {
			return this.appSegments.find(((t) => t.type === e));
		}
		async getOrFindSegment(e) {
			let t = this.getSegment(e);
			return void 0 === t && (await this.findAppSegments(0, [e]), t = this.getSegment(e)), t;
		}
	};
	e(ee, "type", "jpeg"), m.set("jpeg", ee);
	var te = [
		void 0,
		1,
		1,
		2,
		4,
		8,
		1,
		1,
		2,
		4,
		8,
		4,
		8,
		4
	];
	var se = class extends J {
		parseHeader() {
			var e = this.chunk.getUint16();
			18761 === e ? this.le = !0 : 19789 === e && (this.le = !1), this.chunk.le = this.le, this.headerParsed = !0;
		}
		parseTags(e, t, s = /* @__PURE__ */ new Map()) {
			let { pick: i, skip: n } = this.options[t];
			i = new Set(i);
			let r = i.size > 0, a = 0 === n.size, h = this.chunk.getUint16(e);
			e += 2;
			for (let f = 0; f < h; f++) {
				let h = this.chunk.getUint16(e);
				if (r) {
					if (i.has(h) && (s.set(h, this.parseTag(e, h, t)), i.delete(h), 0 === i.size)) break;
				} else !a && n.has(h) || s.set(h, this.parseTag(e, h, t));
				e += 12;
			}
			return s;
		}
		parseTag(e, t, s) {
			let { chunk: i } = this, n = i.getUint16(e + 2), r = i.getUint32(e + 4), a = te[n];
			if (a * r <= 4 ? e += 8 : e = i.getUint32(e + 8), (n < 1 || n > 13) && l(`Invalid TIFF value type. block: ${s.toUpperCase()}, tag: ${t.toString(16)}, type: ${n}, offset ${e}`), e > i.byteLength && l(`Invalid TIFF value offset. block: ${s.toUpperCase()}, tag: ${t.toString(16)}, type: ${n}, offset ${e} is outside of chunk size ${i.byteLength}`), 1 === n) return i.getUint8Array(e, r);
			if (2 === n) return "" === (h = function(e) {
				for (; e.endsWith("\0");) e = e.slice(0, -1);
				return e;
			}(h = i.getString(e, r)).trim()) ? void 0 : h;
			var h;
			if (7 === n) return i.getUint8Array(e, r);
			if (1 === r) return this.parseTagValue(n, e);
			{
				let t = new (function(e) {
					switch (e) {
						case 1: return Uint8Array;
						case 3: return Uint16Array;
						case 4: return Uint32Array;
						case 5: return Array;
						case 6: return Int8Array;
						case 8: return Int16Array;
						case 9: return Int32Array;
						case 10: return Array;
						case 11: return Float32Array;
						case 12: return Float64Array;
						default: return Array;
					}
				}(n))(r), s = a;
				for (let i = 0; i < r; i++) t[i] = this.parseTagValue(n, e), e += s;
				return t;
			}
		}
		parseTagValue(e, t) {
			let { chunk: s } = this;
			switch (e) {
				case 1: return s.getUint8(t);
				case 3: return s.getUint16(t);
				case 4: return s.getUint32(t);
				case 5: return s.getUint32(t) / s.getUint32(t + 4);
				case 6: return s.getInt8(t);
				case 8: return s.getInt16(t);
				case 9: return s.getInt32(t);
				case 10: return s.getInt32(t) / s.getInt32(t + 4);
				case 11: return s.getFloat(t);
				case 12: return s.getDouble(t);
				case 13: return s.getUint32(t);
				default: l(`Invalid tiff type ${e}`);
			}
		}
	};
	var ie = class extends se {
		static canHandle(e, t) {
			return 225 === e.getUint8(t + 1) && 1165519206 === e.getUint32(t + 4) && 0 === e.getUint16(t + 8);
		}
		async parse() {
			this.parseHeader();
			let { options: e } = this;
			return e.ifd0.enabled && await this.parseIfd0Block(), e.exif.enabled && await this.safeParse("parseExifBlock"), e.gps.enabled && await this.safeParse("parseGpsBlock"), e.interop.enabled && await this.safeParse("parseInteropBlock"), e.ifd1.enabled && await this.safeParse("parseThumbnailBlock"), this.createOutput();
		}
		safeParse(e) {
			let t = this[e]();
			return void 0 !== t.catch && (t = t.catch(this.handleError)), t;
		}
		findIfd0Offset() {
			void 0 === this.ifd0Offset && (this.ifd0Offset = this.chunk.getUint32(4));
		}
		findIfd1Offset() {
			if (void 0 === this.ifd1Offset) {
				this.findIfd0Offset();
				let e = this.chunk.getUint16(this.ifd0Offset), t = this.ifd0Offset + 2 + 12 * e;
				this.ifd1Offset = this.chunk.getUint32(t);
			}
		}
		parseBlock(e, t) {
			let s = /* @__PURE__ */ new Map();
			return this[t] = s, this.parseTags(e, t, s), s;
		}
		async parseIfd0Block() {
			if (this.ifd0) return;
			let { file: e } = this;
			this.findIfd0Offset(), this.ifd0Offset < 8 && l("Malformed EXIF data"), !e.chunked && this.ifd0Offset > e.byteLength && l(`IFD0 offset points to outside of file.\nthis.ifd0Offset: ${this.ifd0Offset}, file.byteLength: ${e.byteLength}`), e.tiff && await e.ensureChunk(this.ifd0Offset, o(this.options));
			let t = this.parseBlock(this.ifd0Offset, "ifd0");
			return 0 !== t.size ? (this.exifOffset = t.get(34665), this.interopOffset = t.get(40965), this.gpsOffset = t.get(34853), this.xmp = t.get(700), this.iptc = t.get(33723), this.icc = t.get(34675), this.options.sanitize && (t.delete(34665), t.delete(40965), t.delete(34853), t.delete(700), t.delete(33723), t.delete(34675)), t) : void 0;
		}
		async parseExifBlock() {
			if (this.exif) return;
			if (this.ifd0 || await this.parseIfd0Block(), void 0 === this.exifOffset) return;
			this.file.tiff && await this.file.ensureChunk(this.exifOffset, o(this.options));
			let e = this.parseBlock(this.exifOffset, "exif");
			return this.interopOffset || (this.interopOffset = e.get(40965)), this.makerNote = e.get(37500), this.userComment = e.get(37510), this.options.sanitize && (e.delete(40965), e.delete(37500), e.delete(37510)), this.unpack(e, 41728), this.unpack(e, 41729), e;
		}
		unpack(e, t) {
			let s = e.get(t);
			s && 1 === s.length && e.set(t, s[0]);
		}
		async parseGpsBlock() {
			if (this.gps) return;
			if (this.ifd0 || await this.parseIfd0Block(), void 0 === this.gpsOffset) return;
			let e = this.parseBlock(this.gpsOffset, "gps");
			return e && e.has(2) && e.has(4) && (e.set("latitude", ne(...e.get(2), e.get(1))), e.set("longitude", ne(...e.get(4), e.get(3)))), e;
		}
		async parseInteropBlock() {
			if (!this.interop && (this.ifd0 || await this.parseIfd0Block(), void 0 !== this.interopOffset || this.exif || await this.parseExifBlock(), void 0 !== this.interopOffset)) return this.parseBlock(this.interopOffset, "interop");
		}
		async parseThumbnailBlock(e = !1) {
			if (!this.ifd1 && !this.ifd1Parsed && (!this.options.mergeOutput || e)) return this.findIfd1Offset(), this.ifd1Offset > 0 && (this.parseBlock(this.ifd1Offset, "ifd1"), this.ifd1Parsed = !0), this.ifd1;
		}
		async extractThumbnail() {
			if (this.headerParsed || this.parseHeader(), this.ifd1Parsed || await this.parseThumbnailBlock(!0), void 0 === this.ifd1) return;
			let e = this.ifd1.get(513), t = this.ifd1.get(514);
			return this.chunk.getUint8Array(e, t);
		}
		get image() {
			return this.ifd0;
		}
		get thumbnail() {
			return this.ifd1;
		}
		createOutput() {
			let e, t, s, i = {};
			for (t of P) if (e = this[t], !f(e)) if (s = this.canTranslate ? this.translateBlock(e, t) : Object.fromEntries(e), this.options.mergeOutput) {
				if ("ifd1" === t) continue;
				Object.assign(i, s);
			} else i[t] = s;
			return this.makerNote && (i.makerNote = this.makerNote), this.userComment && (i.userComment = this.userComment), i;
		}
		assignToOutput(e, t) {
			if (this.globalOptions.mergeOutput) Object.assign(e, t);
			else for (let [s, i] of Object.entries(t)) this.assignObjectToOutput(e, s, i);
		}
	};
	function ne(e, t, s, i) {
		var n = e + t / 60 + s / 3600;
		return "S" !== i && "W" !== i || (n *= -1), n;
	}
	e(ie, "type", "tiff"), e(ie, "headerLength", 10), y.set("tiff", ie);
	Object.freeze({
		__proto__: null,
		default: G,
		Exifr: H,
		fileParsers: m,
		segmentParsers: y,
		fileReaders: b,
		tagKeys: B,
		tagValues: V,
		tagRevivers: I,
		createDictionary: x,
		extendDictionary: C,
		fetchUrlAsArrayBuffer: S,
		readBlobAsArrayBuffer: A,
		chunkedProps: L,
		otherSegments: T,
		segments: z,
		tiffBlocks: P,
		segmentsAndBlocks: F,
		tiffExtractables: j,
		inheritables: E,
		allFormatters: M,
		Options: R,
		parse: Y
	});
	var ae = {
		ifd0: !1,
		ifd1: !1,
		exif: !1,
		gps: !1,
		interop: !1,
		sanitize: !1,
		reviveValues: !0,
		translateKeys: !1,
		translateValues: !1,
		mergeOutput: !1
	};
	Object.assign({}, ae, {
		firstChunkSize: 4e4,
		gps: [
			1,
			2,
			3,
			4
		]
	});
	Object.assign({}, ae, {
		tiff: !1,
		ifd1: !0,
		mergeOutput: !1
	});
	Object.assign({}, ae, {
		firstChunkSize: 4e4,
		ifd0: [274]
	});
	Object.freeze({
		1: {
			dimensionSwapped: !1,
			scaleX: 1,
			scaleY: 1,
			deg: 0,
			rad: 0
		},
		2: {
			dimensionSwapped: !1,
			scaleX: -1,
			scaleY: 1,
			deg: 0,
			rad: 0
		},
		3: {
			dimensionSwapped: !1,
			scaleX: 1,
			scaleY: 1,
			deg: 180,
			rad: 180 * Math.PI / 180
		},
		4: {
			dimensionSwapped: !1,
			scaleX: -1,
			scaleY: 1,
			deg: 180,
			rad: 180 * Math.PI / 180
		},
		5: {
			dimensionSwapped: !0,
			scaleX: 1,
			scaleY: -1,
			deg: 90,
			rad: 90 * Math.PI / 180
		},
		6: {
			dimensionSwapped: !0,
			scaleX: 1,
			scaleY: 1,
			deg: 90,
			rad: 90 * Math.PI / 180
		},
		7: {
			dimensionSwapped: !0,
			scaleX: 1,
			scaleY: -1,
			deg: 270,
			rad: 270 * Math.PI / 180
		},
		8: {
			dimensionSwapped: !0,
			scaleX: 1,
			scaleY: 1,
			deg: 270,
			rad: 270 * Math.PI / 180
		}
	});
	if ("object" == typeof navigator) {
		let e = navigator.userAgent;
		if (e.includes("iPad") || e.includes("iPhone")) {
			let t = e.match(/OS (\d+)_(\d+)/);
			if (t) {
				let [, e, s] = t;
				Number(e) + .1 * Number(s);
			}
		} else if (e.includes("OS X 10")) {
			let [, t] = e.match(/OS X 10[_.](\d+)/);
			Number(t);
		}
		if (e.includes("Chrome/")) {
			let [, t] = e.match(/Chrome\/(\d+)/);
			Number(t);
		} else if (e.includes("Firefox/")) {
			let [, t] = e.match(/Firefox\/(\d+)/);
			Number(t);
		}
	}
	var be = class extends c {
		constructor(...t) {
			super(...t), e(this, "ranges", new we()), 0 !== this.byteLength && this.ranges.add(0, this.byteLength);
		}
		_tryExtend(e, t, s) {
			if (0 === e && 0 === this.byteLength && s) {
				let e = new DataView(s.buffer || s, s.byteOffset, s.byteLength);
				this._swapDataView(e);
			} else {
				let s = e + t;
				if (s > this.byteLength) {
					let { dataView: e } = this._extend(s);
					this._swapDataView(e);
				}
			}
		}
		_extend(e) {
			let t;
			t = a ? r.allocUnsafe(e) : new Uint8Array(e);
			let s = new DataView(t.buffer, t.byteOffset, t.byteLength);
			return t.set(new Uint8Array(this.buffer, this.byteOffset, this.byteLength), 0), {
				uintView: t,
				dataView: s
			};
		}
		subarray(e, t, s = !1) {
			return t = t || this._lengthToEnd(e), s && this._tryExtend(e, t), this.ranges.add(e, t), super.subarray(e, t);
		}
		set(e, t, s = !1) {
			s && this._tryExtend(t, e.byteLength, e);
			let i = super.set(e, t);
			return this.ranges.add(t, i.byteLength), i;
		}
		async ensureChunk(e, t) {
			this.chunked && (this.ranges.available(e, t) || await this.readChunk(e, t));
		}
		available(e, t) {
			return this.ranges.available(e, t);
		}
	};
	var we = class {
		constructor() {
			e(this, "list", []);
		}
		get length() {
			return this.list.length;
		}
		add(e, t, s = 0) {
			let i = e + t, n = this.list.filter(((t) => ke(e, t.offset, i) || ke(e, t.end, i)));
			if (n.length > 0) {
				e = Math.min(e, ...n.map(((e) => e.offset))), i = Math.max(i, ...n.map(((e) => e.end))), t = i - e;
				let s = n.shift();
				s.offset = e, s.length = t, s.end = i, this.list = this.list.filter(((e) => !n.includes(e)));
			} else this.list.push({
				offset: e,
				length: t,
				end: i
			});
		}
		available(e, t) {
			let s = e + t;
			return this.list.some(((t) => t.offset <= e && s <= t.end));
		}
	};
	function ke(e, t, s) {
		return e <= t && t <= s;
	}
	var Oe = class extends be {
		constructor(t, s) {
			super(0), e(this, "chunksRead", 0), this.input = t, this.options = s;
		}
		async readWhole() {
			this.chunked = !1, await this.readChunk(this.nextChunkOffset);
		}
		async readChunked() {
			this.chunked = !0, await this.readChunk(0, this.options.firstChunkSize);
		}
		async readNextChunk(e = this.nextChunkOffset) {
			if (this.fullyRead) return this.chunksRead++, !1;
			let t = this.options.chunkSize, s = await this.readChunk(e, t);
			return !!s && s.byteLength === t;
		}
		async readChunk(e, t) {
			if (this.chunksRead++, 0 !== (t = this.safeWrapAddress(e, t))) return this._readChunk(e, t);
		}
		safeWrapAddress(e, t) {
			return void 0 !== this.size && e + t > this.size ? Math.max(0, this.size - e) : t;
		}
		get nextChunkOffset() {
			if (0 !== this.ranges.list.length) return this.ranges.list[0].length;
		}
		get canReadNextChunk() {
			return this.chunksRead < this.options.chunkLimit;
		}
		get fullyRead() {
			return void 0 !== this.size && this.nextChunkOffset === this.size;
		}
		read() {
			return this.options.chunked ? this.readChunked() : this.readWhole();
		}
		close() {}
	};
	b.set("blob", class extends Oe {
		async readWhole() {
			this.chunked = !1;
			let e = await A(this.input);
			this._swapArrayBuffer(e);
		}
		readChunked() {
			return this.chunked = !0, this.size = this.input.size, super.readChunked();
		}
		async _readChunk(e, t) {
			let s = t ? e + t : void 0, n = await A(this.input.slice(e, s));
			return this.set(n, e, !0);
		}
	});
	// utils/photo/exif.ts
	var TAG = {
		make: 271,
		model: 272,
		orientation: 274,
		software: 305,
		dateTimeOriginal: 36867,
		createDate: 36868,
		offsetTimeOriginal: 36881,
		gpsLatitude: 2,
		gpsLongitude: 4
	};
	/** An APP1 payload holds at most 65 535 − 8 bytes; larger TIFF blocks are cut (their tail is maker notes). */
	var MAX_APP1_TIFF = 65527;
	function wrapTiffAsJpeg(tiff) {
		const body = tiff.subarray(0, MAX_APP1_TIFF);
		const out = new Uint8Array(body.length + 14);
		const segmentLength = body.length + 8;
		out.set([
			255,
			216,
			255,
			225,
			segmentLength >> 8,
			segmentLength & 255,
			69,
			120,
			105,
			102,
			0,
			0
		]);
		out.set(body, 12);
		out.set([255, 217], body.length + 12);
		return out;
	}
	function text(value) {
		if (typeof value !== "string") return void 0;
		return value.replace(/\0+$/, "").trim() || void 0;
	}
	/** `2026:11:20 10:15:00` → `2026-11-20T10:15:00`, kept in the camera's local time. */
	function exifDateToIso(value) {
		const m = text(value)?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
		if (!m || m[1] === "0000") return void 0;
		return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
	}
	function offset(value) {
		const raw = text(value);
		return raw && /^[+-]\d{2}:\d{2}$/.test(raw) ? raw : void 0;
	}
	/** Parse a TIFF-structured EXIF block. Returns undefined when nothing useful is in it; never throws. */
	async function readExif(tiff) {
		let out;
		try {
			out = await Y(wrapTiffAsJpeg(tiff), {
				ifd0: true,
				exif: true,
				gps: true,
				ifd1: false,
				interop: false,
				makerNote: false,
				userComment: false,
				reviveValues: false,
				translateValues: false,
				translateKeys: false,
				mergeOutput: false
			});
		} catch {
			return;
		}
		if (!out) return void 0;
		const ifd0 = out.ifd0 ?? {};
		const exif = out.exif ?? {};
		const gps = out.gps ?? {};
		const orientation = Number(ifd0[TAG.orientation]);
		const summary = {
			make: text(ifd0[TAG.make]),
			model: text(ifd0[TAG.model]),
			software: text(ifd0[TAG.software]),
			takenAt: exifDateToIso(exif[TAG.dateTimeOriginal]) ?? exifDateToIso(exif[TAG.createDate]),
			takenAtOffset: offset(exif[TAG.offsetTimeOriginal]),
			orientation: orientation >= 1 && orientation <= 8 ? orientation : 1,
			hasGps: gps[TAG.gpsLatitude] !== void 0 && gps[TAG.gpsLongitude] !== void 0
		};
		return summary.make || summary.model || summary.software || summary.takenAt || summary.hasGps || orientation ? summary : void 0;
	}
	// utils/photo/format.ts
	var HEIC_BRANDS = /* @__PURE__ */ new Set([
		"heic",
		"heix",
		"hevc",
		"hevx",
		"heim",
		"heis",
		"hevm",
		"hevs",
		"mif1",
		"msf1"
	]);
	var AVIF_BRANDS = /* @__PURE__ */ new Set(["avif", "avis"]);
	var startsWith = (b, sig, at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
	var ascii = (b, at, text) => b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
	var brandAt = (b, p) => String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
	/**
	* ISO-BMFF images name their kind in `ftyp` brands. `mif1` only says "HEIF image container": the codec
	* brand beside it decides, and an explicit `avif` wins because AVIF files also list `mif1`.
	*/
	function isobmffFormat(b) {
		const size = b[0] * 16777216 + (b[1] << 16 | b[2] << 8 | b[3]);
		const end = Math.min(b.length, Math.max(size, 16));
		const major = brandAt(b, 8);
		const brands = [major];
		for (let p = 16; p + 4 <= end; p += 4) brands.push(brandAt(b, p));
		if (AVIF_BRANDS.has(major)) return "avif";
		if (HEIC_BRANDS.has(major) && major !== "mif1" && major !== "msf1") return "heic";
		if (brands.some((x) => AVIF_BRANDS.has(x))) return "avif";
		if (brands.some((x) => HEIC_BRANDS.has(x))) return "heic";
		return "unknown";
	}
	/** The format named by the first bytes of a file (12 are enough except for a long ftyp brand list). */
	function sniffFormat(bytes) {
		const b = bytes;
		if (startsWith(b, [
			255,
			216,
			255
		])) return "jpeg";
		if (startsWith(b, [
			137,
			80,
			78,
			71,
			13,
			10,
			26,
			10
		])) return "png";
		if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) return "gif";
		if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) return "webp";
		if (startsWith(b, [
			73,
			73,
			42,
			0
		]) || startsWith(b, [
			77,
			77,
			0,
			42
		])) return "tiff";
		if (ascii(b, 4, "ftyp") && b.length >= 12) return isobmffFormat(b);
		if (ascii(b, 0, "BM")) return "bmp";
		return "unknown";
	}
	// utils/photo/headers/errors.ts
	/** The only error the header stage throws; `code` tells the pipeline which PhotoError to report. */
	var HeaderError = class extends Error {
		code;
		constructor(code, message, options) {
			super(message, options);
			this.name = "HeaderError";
			this.code = code;
		}
	};
	/** Anything a parser let slip (RangeError from a DataView, a bug) still reaches the caller as a HeaderError. */
	function toHeaderError(e) {
		if (e instanceof HeaderError) return e;
		return new HeaderError("corrupt", `malformed header: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
	}
	// utils/photo/headers/bytes.ts
	/**
	* Have bytes [0, end) in memory or throw 'truncated'. Returns the reader's current bytes (re-read it after
	* every call: the reader may have swapped its buffer). A declared end past a known total fails without reading.
	*/
	async function need(reader, end, what) {
		if (!Number.isSafeInteger(end) || end < 0) throw new HeaderError("corrupt", `impossible offset for ${what}`);
		if (reader.total !== void 0 && end > reader.total) throw new HeaderError("truncated", `the file ends before ${what}`);
		if (await upTo(reader, end) < end) throw new HeaderError("truncated", `the file ends before ${what}`);
		return reader.bytes;
	}
	/** Read up to `end` or the end of the file, whichever comes first; returns how many bytes are there. */
	async function upTo(reader, end) {
		try {
			return await reader.ensure(end);
		} catch (e) {
			throw new HeaderError("read-failed", "could not read the photo", { cause: e });
		}
	}
	/** Like need() but never throws 'truncated': for optional data (EXIF) that may lie past the end. */
	async function tryNeed(reader, end) {
		try {
			return await need(reader, end, "optional data");
		} catch (e) {
			if (e instanceof HeaderError && (e.code === "truncated" || e.code === "corrupt")) return void 0;
			throw e;
		}
	}
	var u16be = (b, p) => b[p] << 8 | b[p + 1];
	var u16le = (b, p) => b[p] | b[p + 1] << 8;
	var u32be = (b, p) => b[p] * 16777216 + (b[p + 1] << 16 | b[p + 2] << 8 | b[p + 3]);
	var u32le = (b, p) => b[p + 3] * 16777216 + (b[p + 2] << 16 | b[p + 1] << 8 | b[p]);
	/** Four ASCII characters, as box and chunk types are written. */
	var fourcc = (b, p) => String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
	/** True when the bytes at p start a TIFF header (II*\0 or MM\0*), which is what EXIF is. */
	function isTiffHeader(b, p = 0) {
		if (p + 4 > b.length) return false;
		return b[p] === 73 && b[p + 1] === 73 && b[p + 2] === 42 && b[p + 3] === 0 || b[p] === 77 && b[p + 1] === 77 && b[p + 2] === 0 && b[p + 3] === 42;
	}
	/** `Exif\0\0`, which some writers put before the TIFF header even where the format does not ask for it. */
	function startsWithExifMarker(b, p = 0) {
		return p + 6 <= b.length && b[p] === 69 && b[p + 1] === 120 && b[p + 2] === 105 && b[p + 3] === 102 && b[p + 4] === 0 && (b[p + 5] === 0 || b[p + 5] === 255);
	}
	/** A copy of the TIFF bytes in [start, end), skipping an `Exif\0\0` prefix; undefined when it is not TIFF. */
	function exifPayload(b, start, end) {
		let p = start;
		if (startsWithExifMarker(b, p)) p += 6;
		if (end - p < 8 || !isTiffHeader(b, p)) return void 0;
		return b.slice(p, end);
	}
	/**
	* A bounds-checked big-endian cursor over [pos, end) of a buffer, for box structures whose counts come from
	* the file: reading past `end` throws 'corrupt', so a lying count can never run a loop past its box.
	*/
	var Cursor = class {
		b;
		pos;
		end;
		constructor(b, pos, end) {
			this.b = b;
			this.pos = pos;
			this.end = end;
		}
		get left() {
			return this.end - this.pos;
		}
		take(n) {
			if (this.pos + n > this.end) throw new HeaderError("corrupt", "a box is shorter than its fields");
			const p = this.pos;
			this.pos += n;
			return p;
		}
		advance(n) {
			this.take(n);
		}
		u8() {
			return this.b[this.take(1)];
		}
		u16() {
			return u16be(this.b, this.take(2));
		}
		u32() {
			return u32be(this.b, this.take(4));
		}
		/** A 64-bit value; offsets beyond 2^53 cannot be real in a browser and count as corrupt. */
		u64() {
			const p = this.take(8);
			const hi = u32be(this.b, p);
			if (hi >= 2097152) throw new HeaderError("corrupt", "a 64-bit size is out of range");
			return hi * 4294967296 + u32be(this.b, p + 4);
		}
		/** An unsigned integer of 0, 1, 2, 4 or 8 bytes, as iloc declares its field sizes. */
		uint(size) {
			switch (size) {
				case 0: return 0;
				case 1: return this.u8();
				case 2: return this.u16();
				case 4: return this.u32();
				case 8: return this.u64();
				default: throw new HeaderError("corrupt", `unsupported field size ${size}`);
			}
		}
		fourcc() {
			return fourcc(this.b, this.take(4));
		}
	};
	// utils/photo/headers/bmp.ts
	var i32le = (b, p) => u32le(b, p) | 0;
	/**
	* After the 14-byte file header comes a DIB header whose first field is its own size: 12 for the old
	* BITMAPCOREHEADER (16-bit sizes), 16–124 for the OS/2 2.x and BITMAPINFOHEADER family (32-bit, signed).
	*/
	async function readBmp(reader) {
		let b = await need(reader, 18, "the BMP info header");
		const dibSize = u32le(b, 14);
		let width;
		let height;
		if (dibSize === 12) {
			b = await need(reader, 22, "the BMP core header");
			width = u16le(b, 18);
			height = u16le(b, 20);
		} else if (dibSize >= 16 && dibSize <= 124) {
			b = await need(reader, 26, "the BMP info header");
			width = i32le(b, 18);
			height = Math.abs(i32le(b, 22));
		} else throw new HeaderError("corrupt", `BMP info header of ${dibSize} bytes`);
		if (width <= 0 || height <= 0) throw new HeaderError("corrupt", "BMP gives a zero or negative size");
		return {
			format: "bmp",
			storedWidth: width,
			storedHeight: height
		};
	}
	// utils/photo/headers/gif.ts
	/** The logical screen descriptor right after `GIF8?a` holds the canvas size. GIF has no EXIF. */
	async function readGif(reader) {
		const b = await need(reader, 10, "the GIF screen descriptor");
		const width = u16le(b, 6);
		const height = u16le(b, 8);
		if (width === 0 || height === 0) throw new HeaderError("corrupt", "GIF gives a zero size");
		return {
			format: "gif",
			storedWidth: width,
			storedHeight: height
		};
	}
	// utils/photo/headers/isobmff.ts
	/** The EXIF item is usually at the start of mdat; one that lies further is skipped, not read for. */
	var MAX_EXIF_END = 4194304;
	/** A meta box is a few KB (a few hundred for big grids); beyond this something is wrong. */
	var MAX_META_SIZE = 8388608;
	/** Top-level boxes we step over looking for meta (ftyp, free, mdat, ...). */
	var MAX_TOP_BOXES = 64;
	/**
	* HEIF applies irot and imir in the order the primary item lists them. We report them in one fixed form:
	* first turn `rotation` degrees anticlockwise, then, if `mirror`, flip left-right. A flip before a turn
	* reverses the turn, and a top-bottom flip is a left-right flip plus a half turn.
	*/
	var Transform = class {
		rotation = 0;
		mirror = false;
		/** irot: anticlockwise, in quarter turns. */
		applyIrot(degrees) {
			this.rotation = (this.rotation + (this.mirror ? 360 - degrees : degrees)) % 360;
		}
		/** imir: axis 0 is vertical (left-right flip), axis 1 horizontal (top-bottom flip). */
		applyImir(axis) {
			this.mirror = !this.mirror;
			if (axis === 1) this.rotation = (this.rotation + 180) % 360;
		}
	};
	/** The box whose header is at pos; `limit` is the end of its parent (or of the file). */
	function boxAt(b, pos, limit) {
		const c = new Cursor(b, pos, limit);
		let size = c.u32();
		const type = c.fourcc();
		if (size === 1) size = c.u64();
		else if (size === 0) size = limit - pos;
		if (size < c.pos - pos || pos + size > limit) throw new HeaderError("corrupt", `box ${type} has a bad size`);
		return {
			type,
			data: c.pos,
			end: pos + size
		};
	}
	/** Child boxes in [from, end); each step advances by at least a header, so this always ends. */
	function children(b, from, end) {
		const out = [];
		for (let pos = from; pos + 8 <= end;) {
			const box = boxAt(b, pos, end);
			out.push(box);
			pos = box.end;
		}
		return out;
	}
	/** Cursor over a full box's payload, past its version and flags. */
	function fullBox(b, box) {
		const c = new Cursor(b, box.data, box.end);
		return {
			c,
			version: c.u8(),
			flags: c.u8() << 16 | c.u16()
		};
	}
	/**
	* HEIC and AVIF: find the top-level `meta` box, then the primary item's properties (ispe size, irot, imir)
	* and the location of its Exif item. The coded image data in mdat is never touched.
	*/
	async function readIsobmff(reader, format) {
		const meta = await findMeta(reader);
		const b = reader.bytes;
		const { c } = fullBox(b, meta);
		let primary;
		const itemTypes = /* @__PURE__ */ new Map();
		const locations = /* @__PURE__ */ new Map();
		const describes = /* @__PURE__ */ new Map();
		let properties = [];
		const associations = /* @__PURE__ */ new Map();
		let idat;
		for (const box of children(b, c.pos, meta.end)) if (box.type === "pitm") {
			const { c: p, version } = fullBox(b, box);
			primary = version === 0 ? p.u16() : p.u32();
		} else if (box.type === "iinf") readIinf(b, box, itemTypes);
		else if (box.type === "iloc") readIloc(b, box, locations);
		else if (box.type === "iref") readIref(b, box, describes);
		else if (box.type === "idat") idat = box;
		else if (box.type === "iprp") {
			for (const child of children(b, box.data, box.end)) if (child.type === "ipco") properties = children(b, child.data, child.end);
			else if (child.type === "ipma") readIpma(b, child, associations);
		}
		if (primary === void 0) throw new HeaderError("corrupt", "no primary item (pitm)");
		let size;
		const turn = new Transform();
		for (const index of associations.get(primary) ?? []) {
			const prop = properties[index - 1];
			if (!prop) continue;
			if (prop.type === "ispe" && !size) {
				const { c: p } = fullBox(b, prop);
				size = {
					width: p.u32(),
					height: p.u32()
				};
			} else if (prop.type === "irot") turn.applyIrot((new Cursor(b, prop.data, prop.end).u8() & 3) * 90);
			else if (prop.type === "imir") turn.applyImir(new Cursor(b, prop.data, prop.end).u8() & 1);
		}
		const { rotation, mirror } = turn;
		if (!size) throw new HeaderError("corrupt", "the primary item has no size (ispe)");
		if (size.width === 0 || size.height === 0) throw new HeaderError("corrupt", "ispe gives a zero size");
		const exifItem = pickExifItem(itemTypes, describes, primary);
		const location = exifItem === void 0 ? void 0 : locations.get(exifItem);
		const exifTiff = location ? await readExifItem(reader, location, idat) : void 0;
		return {
			format,
			storedWidth: size.width,
			storedHeight: size.height,
			rotation,
			mirror,
			exifTiff
		};
	}
	/** Walk top-level boxes to `meta` and have all of it in memory. Boxes before it (even mdat) are stepped over. */
	async function findMeta(reader) {
		let pos = 0;
		for (let i = 0; i < MAX_TOP_BOXES; i++) {
			let b = await need(reader, pos + 8, "the meta box");
			const size32 = u32be(b, pos);
			if (size32 === 0) break;
			if (size32 === 1) b = await need(reader, pos + 16, "a box size");
			const box = boxAt(b, pos, Number.MAX_SAFE_INTEGER);
			if (box.type === "meta") {
				if (box.end - pos > MAX_META_SIZE) throw new HeaderError("corrupt", "the meta box is implausibly large");
				await need(reader, box.end, "the meta box");
				return box;
			}
			pos = box.end;
		}
		throw new HeaderError("corrupt", "no meta box where a HEIF file has one");
	}
	function readIinf(b, box, into) {
		const { c, version } = fullBox(b, box);
		c.advance(version === 0 ? 2 : 4);
		for (const infe of children(b, c.pos, box.end)) {
			if (infe.type !== "infe") continue;
			const { c: e, version: v } = fullBox(b, infe);
			if (v < 2) continue;
			const id = v === 2 ? e.u16() : e.u32();
			e.advance(2);
			into.set(id, e.fourcc());
		}
	}
	function readIloc(b, box, into) {
		const { c, version } = fullBox(b, box);
		if (version > 2) throw new HeaderError("unsupported", `iloc version ${version}`);
		const sizes = c.u8();
		const offsetSize = sizes >> 4;
		const lengthSize = sizes & 15;
		const more = c.u8();
		const baseSize = more >> 4;
		const indexSize = version > 0 ? more & 15 : 0;
		const count = version < 2 ? c.u16() : c.u32();
		for (let i = 0; i < count; i++) {
			const id = version < 2 ? c.u16() : c.u32();
			const method = version > 0 ? c.u16() & 15 : 0;
			c.advance(2);
			const base = c.uint(baseSize);
			const extentCount = c.u16();
			const extents = [];
			for (let j = 0; j < extentCount; j++) {
				if (indexSize > 0) c.uint(indexSize);
				extents.push({
					offset: c.uint(offsetSize),
					length: c.uint(lengthSize)
				});
			}
			into.set(id, {
				method,
				base,
				extents
			});
		}
	}
	function readIref(b, box, into) {
		const { c, version } = fullBox(b, box);
		for (const ref of children(b, c.pos, box.end)) {
			if (ref.type !== "cdsc") continue;
			const r = new Cursor(b, ref.data, ref.end);
			const id = () => version === 0 ? r.u16() : r.u32();
			const from = id();
			const count = r.u16();
			const to = [];
			for (let i = 0; i < count; i++) to.push(id());
			into.set(from, to);
		}
	}
	function readIpma(b, box, into) {
		const { c, version, flags } = fullBox(b, box);
		const count = c.u32();
		for (let i = 0; i < count; i++) {
			const id = version < 1 ? c.u16() : c.u32();
			const n = c.u8();
			const list = into.get(id) ?? [];
			for (let j = 0; j < n; j++) list.push(flags & 1 ? c.u16() & 32767 : c.u8() & 127);
			into.set(id, list);
		}
	}
	/** The Exif item that describes the primary image (cdsc), else the first Exif item. */
	function pickExifItem(types, describes, primary) {
		const exifItems = [...types].filter(([, type]) => type === "Exif").map(([id]) => id);
		return exifItems.find((id) => describes.get(id)?.includes(primary)) ?? exifItems[0];
	}
	/**
	* Gather the Exif item's bytes (in the file, or in meta's idat) and skip its 4-byte big-endian offset to the
	* TIFF header. Missing or far-away data just means no EXIF; it is never a reason to fail the header.
	*/
	async function readExifItem(reader, loc, idat) {
		let origin;
		if (loc.method === 0) origin = loc.base;
		else if (loc.method === 1 && idat) origin = idat.data + loc.base;
		else return void 0;
		if (loc.extents.length === 0 || loc.extents.length > 16) return void 0;
		const parts = loc.extents.map((e) => ({
			offset: origin + e.offset,
			length: e.length
		}));
		const end = Math.max(...parts.map((e) => e.offset + e.length));
		if (parts.some((e) => e.length === 0) || end > MAX_EXIF_END) return void 0;
		const b = await tryNeed(reader, end);
		if (!b) return void 0;
		const total = parts.reduce((sum, e) => sum + e.length, 0);
		const data = new Uint8Array(total);
		let at = 0;
		for (const e of parts) {
			data.set(b.subarray(e.offset, e.offset + e.length), at);
			at += e.length;
		}
		if (data.length < 8) return void 0;
		return exifPayload(data, 4 + u32be(data, 0), data.length);
	}
	// utils/photo/jpeg-quality.ts
	/** Zigzag position -> natural (row-major) position, ITU T.81 figure A.6. */
	var ZIGZAG_TO_NATURAL = [
		0,
		1,
		8,
		16,
		9,
		2,
		3,
		10,
		17,
		24,
		32,
		25,
		18,
		11,
		4,
		5,
		12,
		19,
		26,
		33,
		40,
		48,
		41,
		34,
		27,
		20,
		13,
		6,
		7,
		14,
		21,
		28,
		35,
		42,
		49,
		56,
		57,
		50,
		43,
		36,
		29,
		22,
		15,
		23,
		30,
		37,
		44,
		51,
		58,
		59,
		52,
		45,
		38,
		31,
		39,
		46,
		53,
		60,
		61,
		54,
		47,
		55,
		62,
		63
	];
	/** ITU T.81 Annex K.1, natural order: the tables libjpeg (and so most encoders) scale by quality. */
	var STD_LUMINANCE = [
		16,
		11,
		10,
		16,
		24,
		40,
		51,
		61,
		12,
		12,
		14,
		19,
		26,
		58,
		60,
		55,
		14,
		13,
		16,
		24,
		40,
		57,
		69,
		56,
		14,
		17,
		22,
		29,
		51,
		87,
		80,
		62,
		18,
		22,
		37,
		56,
		68,
		109,
		103,
		77,
		24,
		35,
		55,
		64,
		81,
		104,
		113,
		92,
		49,
		64,
		78,
		87,
		103,
		121,
		120,
		101,
		72,
		92,
		95,
		98,
		112,
		100,
		103,
		99
	];
	/** Annex K.2, natural order. */
	var STD_CHROMINANCE = [
		17,
		18,
		24,
		47,
		99,
		99,
		99,
		99,
		18,
		21,
		26,
		66,
		99,
		99,
		99,
		99,
		24,
		26,
		56,
		99,
		99,
		99,
		99,
		99,
		47,
		66,
		99,
		99,
		99,
		99,
		99,
		99,
		...new Array(32).fill(99)
	];
	/** libjpeg's jpeg_quality_scaling: percentage applied to the standard tables. */
	function qualityScale(q) {
		return q < 50 ? Math.floor(5e3 / q) : 200 - q * 2;
	}
	/** libjpeg's jpeg_add_quant_table for one value; `max` is 255 for baseline (8-bit) tables. */
	function scaled(std, scale, max) {
		return Math.min(max, Math.max(1, Math.floor((std * scale + 50) / 100)));
	}
	function toNatural(zigzag) {
		const natural = new Array(64);
		for (let i = 0; i < 64; i++) natural[ZIGZAG_TO_NATURAL[i]] = zigzag[i];
		return natural;
	}
	/**
	* Estimate the IJG quality (1–100) a JPEG was saved with by matching its luminance and chrominance tables
	* against the Annex K tables scaled for every quality. Encoders with their own tables (some cameras,
	* Photoshop) still get the nearest IJG quality, which is what a "how compressed is it" check needs.
	* Undefined when there is no usable luminance table.
	*/
	function estimateJpegQuality(tables) {
		const luma = tables.find((t) => t.id === 0);
		if (luma?.values.length !== 64) return void 0;
		const chroma = tables.find((t) => t.id === 1 && t.values.length === 64);
		const pairs = [[toNatural(luma.values), STD_LUMINANCE]];
		if (chroma) pairs.push([toNatural(chroma.values), STD_CHROMINANCE]);
		const max = pairs.some(([actual]) => actual.some((v) => v > 255)) ? 32767 : 255;
		let best;
		let bestDiff = Number.POSITIVE_INFINITY;
		for (let q = 1; q <= 100; q++) {
			const scale = qualityScale(q);
			let diff = 0;
			for (const [actual, std] of pairs) for (let i = 0; i < 64; i++) diff += Math.abs(actual[i] - scaled(std[i], scale, max));
			if (diff <= bestDiff) {
				bestDiff = diff;
				best = q;
			}
		}
		return best;
	}
	// utils/photo/headers/jpeg.ts
	/** Bytes of junk between segments we step over (libjpeg does too) before calling the file corrupt. */
	var MAX_GARBAGE = 65536;
	/** Frame headers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
	var isSof = (m) => m >= 192 && m <= 207 && m !== 196 && m !== 200 && m !== 204;
	/** SOF2, SOF6, SOF10, SOF14 are the progressive processes. */
	var isProgressiveSof = (m) => m === 194 || m === 198 || m === 202 || m === 206;
	/** Markers with no length field: TEM, RSTn and a stray SOI. */
	var isStandalone = (m) => m === 1 || m >= 208 && m <= 216;
	/** DQT payload: one or more tables, each a Pq/Tq byte then 64 values of 1 or 2 bytes in zigzag order. */
	function readDqt(b, start, end, into) {
		let p = start;
		while (p < end) {
			const precision = b[p] >> 4;
			const id = b[p] & 15;
			const width = precision === 0 ? 1 : 2;
			p++;
			if (precision > 1 || p + 64 * width > end) return;
			const values = [];
			for (let i = 0; i < 64; i++) values.push(width === 1 ? b[p + i] : u16be(b, p + 2 * i));
			p += 64 * width;
			into.set(id, {
				id,
				values
			});
		}
	}
	/**
	* Walk segments from SOI to the first frame header. Every segment, APPn included, is skipped by its length,
	* so the thumbnail JPEG inside the EXIF APP1 is never mistaken for the photo's frame.
	*/
	async function readJpeg(reader) {
		const tables = /* @__PURE__ */ new Map();
		let exifTiff;
		let garbage = 0;
		let pos = 2;
		for (;;) {
			let b = await need(reader, pos + 2, "the frame header");
			if (b[pos] !== 255) {
				if (++garbage > MAX_GARBAGE) throw new HeaderError("corrupt", "no JPEG marker where one should be");
				pos++;
				continue;
			}
			const marker = b[pos + 1];
			if (marker === 255) {
				pos++;
				continue;
			}
			if (isStandalone(marker)) {
				pos += 2;
				continue;
			}
			if (marker === 0) {
				if (++garbage > MAX_GARBAGE) throw new HeaderError("corrupt", "no JPEG marker where one should be");
				pos += 2;
				continue;
			}
			if (marker === 217) throw new HeaderError("corrupt", "the JPEG ends (EOI) before any frame header");
			if (marker === 218) throw new HeaderError("corrupt", "image data (SOS) before any frame header");
			b = await need(reader, pos + 4, "a segment length");
			const length = u16be(b, pos + 2);
			if (length < 2) throw new HeaderError("corrupt", `segment FF${marker.toString(16)} has length ${length}`);
			const end = pos + 2 + length;
			if (isSof(marker)) {
				b = await need(reader, pos + 10, "the frame header");
				if (length < 8) throw new HeaderError("corrupt", "the frame header is too short");
				const height = u16be(b, pos + 5);
				const width = u16be(b, pos + 7);
				if (width === 0) throw new HeaderError("corrupt", "the frame header gives width 0");
				if (height === 0) throw new HeaderError("unsupported", "the frame height is given after the image data (DNL)");
				if (tables.size === 0) await readLateTables(reader, end, tables);
				return {
					format: "jpeg",
					storedWidth: width,
					storedHeight: height,
					jpeg: {
						quality: estimateJpegQuality([...tables.values()]),
						progressive: isProgressiveSof(marker)
					},
					exifTiff
				};
			}
			if (marker === 219) {
				b = await need(reader, end, "a quantisation table");
				readDqt(b, pos + 4, end, tables);
			} else if (marker === 225 && !exifTiff) {
				b = await need(reader, end, "an APP1 segment");
				exifTiff = exifPayload(b, pos + 4, end);
			}
			pos = end;
		}
	}
	/**
	* A few encoders put DQT between the frame header and the first scan. Only then walk on to SOS, reading
	* just those short segments; anything odd there ends the search quietly since the dimensions are known.
	*/
	async function readLateTables(reader, from, tables) {
		let pos = from;
		try {
			for (let i = 0; i < 32; i++) {
				let b = await need(reader, pos + 4, "a segment");
				if (b[pos] !== 255 || b[pos + 1] === 218 || b[pos + 1] === 217) return;
				const length = u16be(b, pos + 2);
				if (length < 2) return;
				const end = pos + 2 + length;
				if (b[pos + 1] === 219) {
					b = await need(reader, end, "a quantisation table");
					readDqt(b, pos + 4, end, tables);
					return;
				}
				pos = end;
			}
		} catch (e) {
			if (!(e instanceof HeaderError) || e.code === "read-failed") throw e;
		}
	}
	// utils/photo/headers/png.ts
	/**
	* eXIf after IDAT is allowed but would cost reading the whole image; we look there only when the whole file
	* is already in memory and small, so the answer does not depend on how the bytes arrived.
	*/
	var SMALL_COMPLETE_FILE = 65536;
	/** IHDR for the size, then chunks up to the image data looking for eXIf (whose payload is TIFF). */
	async function readPng(reader) {
		let width = 0;
		let height = 0;
		let exifTiff;
		let pos = 8;
		for (let index = 0;; index++) {
			let b = await tryHeader(reader, pos, width > 0);
			if (!b) break;
			const length = u32be(b, pos);
			const type = fourcc(b, pos + 4);
			if (length > 2147483647) throw new HeaderError("corrupt", `chunk ${type} declares ${length} bytes`);
			const data = pos + 8;
			const end = data + length;
			if (type === "IHDR") {
				if (length < 8) throw new HeaderError("corrupt", "IHDR is too short");
				b = await need(reader, data + 8, "IHDR");
				width = u32be(b, data);
				height = u32be(b, data + 4);
				if (width === 0 || height === 0) throw new HeaderError("corrupt", "IHDR gives a zero size");
			} else if (width === 0 && !(index === 0 && type === "CgBI")) throw new HeaderError("corrupt", `PNG starts with ${JSON.stringify(type)} instead of IHDR`);
			else if (type === "eXIf" && !exifTiff) {
				const chunk = await tryNeed(reader, end);
				if (chunk) exifTiff = exifPayload(chunk, data, end);
			} else if (type === "IEND") break;
			else if (type === "IDAT" && !(reader.complete && reader.length <= SMALL_COMPLETE_FILE)) break;
			pos = end + 4;
		}
		return {
			format: "png",
			storedWidth: width,
			storedHeight: height,
			exifTiff
		};
	}
	/** The 8-byte chunk header at pos; before IHDR a short file is truncated, after it the walk just ends. */
	async function tryHeader(reader, pos, haveSize) {
		if (!haveSize) return need(reader, pos + 8, "IHDR");
		try {
			return await need(reader, pos + 8, "a chunk header");
		} catch (e) {
			if (e instanceof HeaderError && e.code === "truncated") return void 0;
			throw e;
		}
	}
	// utils/photo/headers/tiff.ts
	/** What we hand on as EXIF: at least this much of the file, so the EXIF and GPS IFDs are usually inside. */
	var EXIF_WINDOW = 131072;
	/** ...and never more than this, however far the IFD pointers point. */
	var MAX_EXIF_WINDOW = 4194304;
	var TAG_WIDTH = 256;
	var TAG_HEIGHT = 257;
	var TAG_EXIF_IFD = 34665;
	var TAG_GPS_IFD = 34853;
	var TYPE_SHORT = 3;
	var TYPE_LONG = 4;
	/**
	* A TIFF is its own EXIF container: IFD0 holds ImageWidth/ImageLength, and the file's front (IFD0, the EXIF
	* and GPS IFDs it points to) is passed on as `exifTiff` for the EXIF reader.
	*/
	async function readTiff(reader) {
		let b = await need(reader, 8, "the TIFF header");
		const le = b[0] === 73;
		const u16 = le ? u16le : u16be;
		const u32 = le ? u32le : u32be;
		const ifd0 = u32(b, 4);
		if (ifd0 < 8) throw new HeaderError("corrupt", "IFD0 points into the TIFF header");
		b = await need(reader, ifd0 + 2, "IFD0");
		const count = u16(b, ifd0);
		const ifdEnd = ifd0 + 2 + count * 12 + 4;
		b = await need(reader, ifdEnd, "IFD0");
		let width = 0;
		let height = 0;
		let window = Math.max(EXIF_WINDOW, ifdEnd);
		for (let i = 0; i < count; i++) {
			const e = ifd0 + 2 + i * 12;
			const tag = u16(b, e);
			const type = u16(b, e + 2);
			const value = type === TYPE_SHORT ? u16(b, e + 8) : type === TYPE_LONG ? u32(b, e + 8) : void 0;
			if (value === void 0) continue;
			if (tag === TAG_WIDTH) width = value;
			else if (tag === TAG_HEIGHT) height = value;
			else if (tag === TAG_EXIF_IFD || tag === TAG_GPS_IFD) window = Math.max(window, value + 16384);
		}
		if (width === 0 || height === 0) throw new HeaderError("corrupt", "IFD0 has no image size");
		const available = await upTo(reader, Math.min(window, MAX_EXIF_WINDOW));
		return {
			format: "tiff",
			storedWidth: width,
			storedHeight: height,
			exifTiff: reader.bytes.slice(0, available)
		};
	}
	// utils/photo/headers/webp.ts
	/**
	* WebP puts EXIF after the image data, so finding it means reading (nearly) the whole file. Past this offset
	* we give up on EXIF rather than pull a huge file just for metadata.
	*/
	var MAX_EXIF_OFFSET = 16777216;
	var VP8X_EXIF_FLAG = 8;
	var u24le = (b, p) => b[p] | b[p + 1] << 8 | b[p + 2] << 16;
	/** The first chunk gives the size: VP8 (lossy), VP8L (lossless) or VP8X (extended, with flags). */
	async function readWebp(reader) {
		let b = await need(reader, 20, "the first WebP chunk");
		const type = fourcc(b, 12);
		const size = u32le(b, 16);
		const data = 20;
		if (type === "VP8 ") {
			b = await need(reader, 30, "the VP8 frame header");
			if (b[23] !== 157 || b[24] !== 1 || b[25] !== 42) throw new HeaderError("corrupt", "VP8 start code missing");
			return sized(u16le(b, 26) & 16383, u16le(b, 28) & 16383);
		}
		if (type === "VP8L") {
			b = await need(reader, 25, "the VP8L header");
			if (b[data] !== 47) throw new HeaderError("corrupt", "VP8L signature missing");
			const bits = u32le(b, 21);
			return sized((bits & 16383) + 1, (bits >>> 14 & 16383) + 1);
		}
		if (type === "VP8X") {
			if (size < 10) throw new HeaderError("corrupt", "VP8X chunk is too short");
			b = await need(reader, 30, "the VP8X header");
			const flags = b[data];
			const info = sized(u24le(b, 24) + 1, u24le(b, 27) + 1);
			if (flags & VP8X_EXIF_FLAG) {
				const riffEnd = 8 + u32le(b, 4);
				info.exifTiff = await findExifChunk(reader, data + size + (size & 1), riffEnd);
			}
			return info;
		}
		throw new HeaderError("corrupt", `unknown first WebP chunk ${JSON.stringify(type)}`);
	}
	function sized(width, height) {
		if (width === 0 || height === 0) throw new HeaderError("corrupt", "WebP gives a zero size");
		return {
			format: "webp",
			storedWidth: width,
			storedHeight: height
		};
	}
	/** Walk the RIFF chunks after VP8X to `EXIF`; a file that ends early simply has no EXIF for us. */
	async function findExifChunk(reader, from, riffEnd) {
		let pos = from;
		while (pos + 8 <= riffEnd && pos < MAX_EXIF_OFFSET) {
			let b = await tryNeed(reader, pos + 8);
			if (!b) return void 0;
			const size = u32le(b, pos + 4);
			const data = pos + 8;
			if (fourcc(b, pos) === "EXIF") {
				b = await tryNeed(reader, data + size);
				return b ? exifPayload(b, data, data + size) : void 0;
			}
			pos = data + size + (size & 1);
		}
	}
	// utils/photo/headers/index.ts
	/** Enough for every magic number; an ISO-BMFF ftyp with a long brand list may ask for a little more. */
	var SNIFF_BYTES = 64;
	var MAX_FTYP = 4096;
	/**
	* Read what the image header alone tells: format, stored size, HEIC/AVIF rotation and mirror, JPEG
	* quality and progressive flag, and the raw EXIF (TIFF) block. Reads only as far as it must.
	* Throws only HeaderError.
	*/
	async function readHeader(reader) {
		try {
			return await dispatch(reader);
		} catch (e) {
			throw toHeaderError(e);
		}
	}
	/** Magic numbers, `-1` for any byte: a file shorter than one of these but matching it so far was cut short. */
	var SIGNATURES = [
		[
			255,
			216,
			255
		],
		[
			137,
			80,
			78,
			71,
			13,
			10,
			26,
			10
		],
		[
			71,
			73,
			70,
			56
		],
		[
			82,
			73,
			70,
			70,
			-1,
			-1,
			-1,
			-1,
			87,
			69,
			66,
			80
		],
		[
			73,
			73,
			42,
			0
		],
		[
			77,
			77,
			0,
			42
		],
		[
			-1,
			-1,
			-1,
			-1,
			102,
			116,
			121,
			112,
			-1,
			-1,
			-1,
			-1
		],
		[
			66,
			77,
			-1,
			-1,
			-1,
			-1
		]
	];
	function isCutSignature(b) {
		return SIGNATURES.some((sig) => b.length < sig.length && [...b].every((v, i) => sig[i] === -1 || sig[i] === v));
	}
	async function dispatch(reader) {
		let n = await upTo(reader, SNIFF_BYTES);
		if (n === 0) throw new HeaderError("empty", "the file is empty");
		let b = reader.bytes;
		if (n >= 8 && b[4] === 102 && b[5] === 116 && b[6] === 121 && b[7] === 112) {
			const ftypEnd = Math.min(Math.max(u32be(b, 0), 12), MAX_FTYP);
			n = await upTo(reader, ftypEnd);
			if (n < ftypEnd) throw new HeaderError("truncated", "the file ends inside its ftyp box");
			b = reader.bytes;
		}
		const format = sniffFormat(b.subarray(0, n));
		if (format === "unknown" && isCutSignature(b.subarray(0, n))) throw new HeaderError("truncated", "the file ends inside its signature");
		switch (format) {
			case "jpeg": return readJpeg(reader);
			case "png": return readPng(reader);
			case "gif": return readGif(reader);
			case "webp": return readWebp(reader);
			case "bmp": return readBmp(reader);
			case "tiff": return readTiff(reader);
			case "heic":
			case "avif": return readIsobmff(reader, format);
			default: throw new HeaderError("unsupported", "not an image format we know");
		}
	}
	// utils/photo/pixels.ts
	function canDecodeHere() {
		return typeof createImageBitmap === "function" && typeof OffscreenCanvas === "function";
	}
	/** Target size with the long edge at most `longEdge`, never upscaled. */
	function fitWithin(width, height, longEdge) {
		const scale = Math.min(1, longEdge / Math.max(width, height));
		return {
			width: Math.max(1, Math.round(width * scale)),
			height: Math.max(1, Math.round(height * scale))
		};
	}
	/**
	* `width`/`height` are the displayed size from the header: the browser applies EXIF orientation when
	* decoding, so the sample is sized on the displayed shape.
	*/
	async function measurePixels(blob, width, height, options = {}) {
		if (!canDecodeHere()) return { stage: {
			ok: false,
			reason: "not-in-browser"
		} };
		if (width * height > LIMITS.maxDecodePixels) return { stage: {
			ok: false,
			reason: "too-many-pixels"
		} };
		const sample = fitWithin(width || LIMITS.sampleLongEdge, height || LIMITS.sampleLongEdge, LIMITS.sampleLongEdge);
		let bitmap;
		try {
			bitmap = await createImageBitmap(blob, {
				resizeWidth: sample.width,
				resizeHeight: sample.height,
				resizeQuality: "medium",
				imageOrientation: "from-image"
			});
		} catch {
			return { stage: {
				ok: false,
				reason: "cannot-decode"
			} };
		}
		try {
			options.signal?.throwIfAborted();
			const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d", { willReadFrequently: true });
			if (!ctx) return { stage: {
				ok: false,
				reason: "cannot-decode"
			} };
			ctx.drawImage(bitmap, 0, 0);
			const metrics = await computePixelMetrics(ctx.getImageData(0, 0, bitmap.width, bitmap.height), options.signal);
			let thumbnail;
			if (options.thumbnail) {
				const t = fitWithin(bitmap.width, bitmap.height, LIMITS.thumbnailLongEdge);
				const thumbCanvas = new OffscreenCanvas(t.width, t.height);
				thumbCanvas.getContext("2d")?.drawImage(bitmap, 0, 0, t.width, t.height);
				thumbnail = await thumbCanvas.convertToBlob({
					type: "image/jpeg",
					quality: .8
				});
			}
			return {
				stage: {
					ok: true,
					metrics
				},
				thumbnail
			};
		} finally {
			bitmap.close();
		}
	}
	// utils/photo/index.ts
	/** Width and height as displayed: EXIF orientations 5–8 and irot 90/270 swap them. */
	function displayedSize(header, orientation) {
		const { storedWidth: w, storedHeight: h } = header;
		return (header.format === "heic" || header.format === "avif" ? header.rotation === 90 || header.rotation === 270 : orientation >= 5 && orientation <= 8) ? {
			width: h,
			height: w
		} : {
			width: w,
			height: h
		};
	}
	function errorReport(format, error, bytesRead, bytes) {
		const report = {
			format,
			width: 0,
			height: 0,
			bytes,
			bytesRead,
			findings: [],
			verdict: "error",
			error
		};
		report.findings = evaluatePhoto(report);
		return report;
	}
	/** The report for a file that never reached analysis (a refused zip, a failed download). */
	function failedReport(error, bytes) {
		return errorReport("unknown", error, 0, bytes);
	}
	async function sha256Hex(bytes) {
		if (!globalThis.crypto?.subtle) return void 0;
		const digest = await crypto.subtle.digest("SHA-256", bytes);
		return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
	}
	var MIME = {
		jpeg: "image/jpeg",
		png: "image/png",
		gif: "image/gif",
		webp: "image/webp",
		bmp: "image/bmp",
		tiff: "image/tiff",
		heic: "image/heic",
		avif: "image/avif"
	};
	async function analyzePhoto(input, options = {}) {
		const reader = new ByteReader(input);
		let header;
		try {
			header = await readHeader(reader);
		} catch (e) {
			await reader.close();
			if (e instanceof HeaderError) return errorReport("unknown", {
				code: e.code,
				message: e.message
			}, reader.bytesRead, reader.total);
			return errorReport("unknown", {
				code: "read-failed",
				message: e instanceof Error ? e.message : String(e)
			}, reader.bytesRead, reader.total);
		}
		const exif = header.exifTiff ? await readExif(header.exifTiff) : void 0;
		const { width, height } = displayedSize(header, exif?.orientation ?? 1);
		const report = {
			format: header.format,
			width,
			height,
			bytes: reader.total,
			bytesRead: reader.bytesRead,
			exif,
			jpeg: header.jpeg,
			findings: [],
			verdict: "ok"
		};
		if (options.onHeader) {
			const findings = evaluatePhoto(report, options.thresholds ?? DEFAULT_THRESHOLDS, options.context);
			options.onHeader({
				...report,
				findings,
				verdict: verdictOf(findings)
			});
		}
		try {
			const wantPixels = options.pixels !== false;
			if (!wantPixels) report.pixels = {
				ok: false,
				reason: "disabled"
			};
			if (!wantPixels && options.hash === false) await reader.close();
			else if (reader.total !== void 0 && reader.total > LIMITS.maxFileBytes) {
				await reader.close();
				if (wantPixels) report.pixels = {
					ok: false,
					reason: "too-many-pixels"
				};
			} else {
				const all = await reader.readAll();
				report.bytes = all.length;
				options.signal?.throwIfAborted();
				report.sha256 = await sha256Hex(all);
				if (wantPixels) {
					const blob = typeof Blob !== "undefined" && input instanceof Blob ? input : new Blob([all], { type: MIME[header.format] });
					const decode = () => measurePixels(blob, width, height, {
						signal: options.signal,
						thumbnail: Boolean(options.onThumbnail)
					});
					const result = await (options.decodeSlot ? options.decodeSlot(decode) : decode());
					report.pixels = result.stage;
					if (result.thumbnail) options.onThumbnail?.(result.thumbnail);
				}
			}
		} catch (e) {
			if (e?.name === "AbortError") return errorReport(header.format, {
				code: "aborted",
				message: "Cancelled."
			}, report.bytesRead, report.bytes);
			const message = e instanceof Error ? e.message : String(e);
			return errorReport(header.format, {
				code: "read-failed",
				message
			}, report.bytesRead, report.bytes);
		}
		report.findings = evaluatePhoto(report, options.thresholds ?? DEFAULT_THRESHOLDS, options.context);
		report.verdict = verdictOf(report.findings);
		return report;
	}
	// utils/photo/source.ts
	var IMAGE_EXT = /\.(jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif)$/i;
	var ZIP_EXT = /\.zip$/i;
	async function firstBytes(input) {
		if (input instanceof Uint8Array) return input.subarray(0, 4);
		if (input instanceof ArrayBuffer) return new Uint8Array(input, 0, Math.min(4, input.byteLength));
		if (input instanceof Blob) return new Uint8Array(await input.slice(0, 4).arrayBuffer());
		return /* @__PURE__ */ new Uint8Array(0);
	}
	async function allBytes(input) {
		if (input instanceof Uint8Array) return input;
		if (input instanceof ArrayBuffer) return new Uint8Array(input);
		if (input instanceof Blob) return new Uint8Array(await input.arrayBuffer());
		return new Uint8Array(await new Response(input).arrayBuffer());
	}
	/**
	* Expand zips (one level of nesting) into their image entries; pass photos through. Entries are
	* inflated lazily, when the analysis reads them, so memory holds one entry per running analysis.
	*/
	async function expandSource(source, signal, depth = 0) {
		const input = await source.read();
		if (!looksLikeZip(await firstBytes(input))) return [{
			kind: "photo",
			source
		}];
		if (depth > LIMITS.zip.maxDepth) return [{
			kind: "skipped",
			name: source.name,
			reason: "too-deep"
		}];
		const zip = await allBytes(input);
		let entries;
		try {
			entries = listZip(zip);
		} catch (e) {
			return [{
				kind: "refused",
				source,
				error: e instanceof ZipError ? e : new ZipError(String(e), "corrupt")
			}];
		}
		const out = [];
		for (const entry of entries) {
			const name = `${source.name}/${entry.name}`;
			const child = {
				id: `${source.id}/${entry.name}`,
				name,
				sizeHint: entry.size,
				date: source.date,
				read: () => readZipEntry(zip, entry, signal)
			};
			if (ZIP_EXT.test(entry.name)) try {
				const inner = await readZipEntry(zip, entry, signal);
				out.push(...await expandSource({
					...child,
					read: async () => inner
				}, signal, depth + 1));
			} catch (e) {
				if (e instanceof ZipError) out.push({
					kind: "refused",
					source: child,
					error: e
				});
				else throw e;
			}
			else if (IMAGE_EXT.test(entry.name)) out.push({
				kind: "photo",
				source: child
			});
			else out.push({
				kind: "skipped",
				name,
				reason: "not-an-image"
			});
		}
		return out;
	}
	// utils/photo/check-source.ts
	async function checkSource(source, callbacks, limit, options = {}) {
		let parts;
		try {
			parts = await expandSource(source, options.signal);
		} catch (e) {
			const report = failedReport({
				code: "read-failed",
				message: e instanceof Error ? e.message : String(e)
			});
			callbacks.onFound([{
				key: source.id,
				name: source.name,
				sizeHint: source.sizeHint,
				report
			}], []);
			return;
		}
		const found = [];
		const skipped = [];
		const photos = [];
		for (const part of parts) if (part.kind === "skipped") skipped.push({
			name: part.name,
			reason: part.reason
		});
		else if (part.kind === "refused") {
			const report = failedReport({
				code: "zip-refused",
				message: part.error.message
			}, part.source.sizeHint);
			found.push({
				key: part.source.id,
				name: part.source.name,
				sizeHint: part.source.sizeHint,
				report
			});
		} else {
			found.push({
				key: part.source.id,
				name: part.source.name,
				sizeHint: part.source.sizeHint
			});
			photos.push(part.source);
		}
		callbacks.onFound(found, skipped);
		const reads = createLimiter(4);
		await Promise.all(photos.map((photo) => reads(async () => {
			let thumbnail;
			let report;
			try {
				report = await analyzePhoto(await photo.read(), {
					context: options.context ?? { receivedAt: photo.date },
					signal: options.signal,
					decodeSlot: limit,
					onHeader: callbacks.onHeader ? (r) => callbacks.onHeader?.(photo.id, r) : void 0,
					onThumbnail: (blob) => {
						thumbnail = blob;
					}
				});
			} catch (e) {
				report = failedReport({
					code: "read-failed",
					message: e instanceof Error ? e.message : String(e)
				});
			}
			if (report.bytes === void 0 && photo.sizeHint) report.bytes = photo.sizeHint;
			await callbacks.onReport(photo.id, report, thumbnail);
		})));
	}
	// utils/photo/remote-analyzer.ts
	var downloads = createLimiter(3);
	var analyses = createLimiter(2);
	function createRemoteAnalyzer(post, options) {
		const running = /* @__PURE__ */ new Map();
		const doFetch = options.fetch ?? fetch;
		async function fetchBody(req, signal) {
			let url;
			try {
				url = new URL(req.url);
			} catch {
				return {
					code: "blocked-host",
					message: "Not a web address."
				};
			}
			if (url.protocol === "data:") return doFetch(url.href, { signal });
			if (url.protocol !== "https:" || !options.allowedHosts(url.hostname)) return {
				code: "blocked-host",
				message: `Photo Triage only downloads from the mail site, not ${url.hostname}.`
			};
			const timeout = AbortSignal.timeout(options.timeoutMs ?? 3e4);
			try {
				const response = await doFetch(url.href, {
					credentials: "include",
					signal: AbortSignal.any([signal, timeout])
				});
				if (!response.ok) return {
					code: "http",
					status: response.status,
					message: `The mail server answered ${response.status}.`
				};
				const finalHost = new URL(response.url || url.href).hostname;
				if (!options.allowedHosts(finalHost)) return {
					code: "blocked-host",
					message: `The download was redirected to ${finalHost}.`
				};
				return response;
			} catch (e) {
				if (timeout.aborted) return {
					code: "timeout",
					message: "The download took too long."
				};
				if (signal.aborted) throw e;
				return {
					code: "network",
					message: e instanceof Error ? e.message : String(e)
				};
			}
		}
		async function analyze(req) {
			const controller = new AbortController();
			running.set(req.key, controller);
			const { signal } = controller;
			try {
				let analysis;
				await downloads(async () => {
					const response = await fetchBody(req, signal);
					if (signal.aborted) return;
					if (!(response instanceof Response)) {
						post({
							type: "failed",
							key: req.key,
							failure: response
						});
						return;
					}
					let bodyRead = () => {};
					const consumed = new Promise((resolve) => {
						bodyRead = resolve;
					});
					const body = req.kind === "zip" || !response.body ? await response.blob() : response.body.pipeThrough(new TransformStream({ flush: () => bodyRead() }));
					if (body instanceof Blob) bodyRead();
					analysis = checkSource({
						id: req.key,
						name: req.name,
						sizeHint: req.sizeHint,
						date: req.receivedAt,
						read: async () => body
					}, {
						onFound: (photos, skipped) => post({
							type: "found",
							key: req.key,
							photos,
							skipped
						}),
						onHeader: (photoKey, report) => post({
							type: "header",
							key: req.key,
							photoKey,
							report
						}),
						onReport: async (photoKey, report, thumbnail) => {
							if (signal.aborted) return;
							post({
								type: "report",
								key: req.key,
								photoKey,
								report,
								thumbnail: thumbnail ? await blobToDataUrl(thumbnail) : void 0
							});
						}
					}, analyses, {
						signal,
						context: { receivedAt: req.receivedAt }
					});
					await Promise.race([consumed, analysis.catch(() => void 0)]);
				});
				await analysis;
			} catch (e) {
				if (!signal.aborted) throw e;
			} finally {
				running.delete(req.key);
				if (!signal.aborted) post({
					type: "done",
					key: req.key
				});
			}
		}
		return {
			handle(command) {
				if (command.type === "cancel") running.get(command.key)?.abort();
				else analyze(command);
			},
			/** The tab went away: stop everything it asked for. */
			cancelAll() {
				for (const controller of running.values()) controller.abort();
				running.clear();
			}
		};
	}
	// entrypoints/background.ts
	var background_default = defineBackground(() => {
		browser.runtime.onInstalled.addListener(({ reason }) => {
			if (reason === "install" || reason === "update") injectIntoOpenTabs(browser);
		});
		let store;
		const open = async () => {
			const current = await store?.catch(() => void 0);
			if (!current || current.closed) store = openStore();
			return store;
		};
		const handleRpc = createRpcHandler(createMailService(open));
		browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
			if (sender.id !== browser.runtime.id || !isRpcRequest(message)) return void 0;
			handleRpc(message).then(sendResponse);
			return true;
		});
		browser.runtime.onConnect.addListener((port) => {
			if (port.name !== "photo-triage/analyze" || port.sender?.id !== browser.runtime.id) return;
			let connected = true;
			const analyzer = createRemoteAnalyzer((event) => {
				if (connected) port.postMessage(event);
			}, { allowedHosts: allowedDownloadHost });
			port.onMessage.addListener((command) => analyzer.handle(command));
			port.onDisconnect.addListener(() => {
				connected = false;
				analyzer.cancelAll();
			});
		});
	});
	// \0virtual:wxt-background-entrypoint?/work/main/entrypoints/background.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	var result;
	try {
		result = background_default.main();
		if (result instanceof Promise) console.warn("The background's main() function return a promise, but it must be synchronous");
	} catch (err) {
		logger.error("The background crashed on startup!");
		throw err;
	}
	return result;
})();
