(function() {
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
	// utils/photo/yield.ts
	/** Give the page's main thread a turn, so no task of ours runs long (scheduler.yield where it exists). */
	function yieldToMain() {
		const scheduler = globalThis.scheduler;
		if (scheduler?.yield) return scheduler.yield();
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
	// utils/photo/pixel-metrics.ts
	/** Rows processed between yields: ~128 rows × 1024 px stays far under a 50 ms task on a slow machine. */
	const BAND_ROWS = 128;
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
	// utils/triage/thresholds.ts
	const DEFAULT_THRESHOLDS = {
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
	// utils/triage/rules.ts
	/** Sizes chat apps resize to when "original" is not ticked (DESIGN.md): long edges, and WeChat's short edge. */
	const CHAT_LONG_EDGES = [1280, 1600];
	const CHAT_SHORT_EDGES = [1440];
	const near = (value, target) => Math.abs(value - target) <= target * .015;
	/** Phone and monitor screen widths (portrait short edge) that screenshots come in. */
	const SCREEN_SHORT_EDGES = [
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
	const s = "undefined" != typeof navigator;
	const i$1 = s && "undefined" == typeof HTMLImageElement;
	const n = !("undefined" == typeof global || "undefined" == typeof process || !process.versions || !process.versions.node);
	const r = t.Buffer;
	const a = !!r;
	const h = (e) => void 0 !== e;
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
	const u = (e) => String.fromCharCode.apply(null, e);
	const d = "undefined" != typeof TextDecoder ? new TextDecoder("utf-8") : void 0;
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
			let s = this.getUint8Array(e, t);
			return u(s);
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
	let w = t.fetch;
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
	const S = (e) => w(e).then(((e) => e.arrayBuffer()));
	const A = (e) => new Promise(((t, s) => {
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
	function x$1(e, t, s) {
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
	const B = /* @__PURE__ */ new Map();
	const V = /* @__PURE__ */ new Map();
	const I = /* @__PURE__ */ new Map();
	const L = [
		"chunked",
		"firstChunkSize",
		"firstChunkSizeNode",
		"firstChunkSizeBrowser",
		"chunkSize",
		"chunkLimit"
	];
	const T = [
		"jfif",
		"xmp",
		"icc",
		"iptc",
		"ihdr"
	];
	const z = ["tiff", ...T];
	const P = [
		"ifd0",
		"ifd1",
		"exif",
		"gps",
		"interop"
	];
	const F = [...z, ...P];
	const j = ["makerNote", "userComment"];
	const E = [
		"translateKeys",
		"translateValues",
		"reviveValues",
		"multiSegment"
	];
	const M = [
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
				return "string" == typeof e ? k(e, t) : s && !i$1 && e instanceof HTMLImageElement ? k(e.src, t) : e instanceof Uint8Array || e instanceof ArrayBuffer || e instanceof DataView ? new c(e) : s && e instanceof Blob ? O(e, t, "blob", A) : void l("Invalid input argument");
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
		createDictionary: x$1,
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
	const te = [
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
		createDictionary: x$1,
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
	const ae = {
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
			let s = t ? e + t : void 0, i = this.input.slice(e, s), n = await A(i);
			return this.set(n, e, !0);
		}
	});
	// utils/photo/exif.ts
	const TAG = {
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
	const MAX_APP1_TIFF = 65527;
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
	const HEIC_BRANDS = /* @__PURE__ */ new Set([
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
	const AVIF_BRANDS = /* @__PURE__ */ new Set(["avif", "avis"]);
	const startsWith = (b, sig, at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
	const ascii = (b, at, text) => b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
	const brandAt = (b, p) => String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
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
	const u16be = (b, p) => b[p] << 8 | b[p + 1];
	const u16le = (b, p) => b[p] | b[p + 1] << 8;
	const u32be = (b, p) => b[p] * 16777216 + (b[p + 1] << 16 | b[p + 2] << 8 | b[p + 3]);
	const u32le = (b, p) => b[p + 3] * 16777216 + (b[p + 2] << 16 | b[p + 1] << 8 | b[p]);
	/** Four ASCII characters, as box and chunk types are written. */
	const fourcc = (b, p) => String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
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
	const i32le = (b, p) => u32le(b, p) | 0;
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
	const MAX_EXIF_END = 4194304;
	/** A meta box is a few KB (a few hundred for big grids); beyond this something is wrong. */
	const MAX_META_SIZE = 8388608;
	/** Top-level boxes we step over looking for meta (ftyp, free, mdat, ...). */
	const MAX_TOP_BOXES = 64;
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
	const ZIGZAG_TO_NATURAL = [
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
	const STD_LUMINANCE = [
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
	const STD_CHROMINANCE = [
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
	const MAX_GARBAGE = 65536;
	/** Frame headers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
	const isSof = (m) => m >= 192 && m <= 207 && m !== 196 && m !== 200 && m !== 204;
	/** SOF2, SOF6, SOF10, SOF14 are the progressive processes. */
	const isProgressiveSof = (m) => m === 194 || m === 198 || m === 202 || m === 206;
	/** Markers with no length field: TEM, RSTn and a stray SOI. */
	const isStandalone = (m) => m === 1 || m >= 208 && m <= 216;
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
	const SMALL_COMPLETE_FILE = 65536;
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
	const EXIF_WINDOW = 131072;
	/** ...and never more than this, however far the IFD pointers point. */
	const MAX_EXIF_WINDOW = 4194304;
	const TAG_WIDTH = 256;
	const TAG_HEIGHT = 257;
	const TAG_EXIF_IFD = 34665;
	const TAG_GPS_IFD = 34853;
	const TYPE_SHORT = 3;
	const TYPE_LONG = 4;
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
	const MAX_EXIF_OFFSET = 16777216;
	const VP8X_EXIF_FLAG = 8;
	const u24le = (b, p) => b[p] | b[p + 1] << 8 | b[p + 2] << 16;
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
	const SNIFF_BYTES = 64;
	const MAX_FTYP = 4096;
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
	const SIGNATURES = [
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
	// utils/photo/limits.ts
	/**
	* Safety limits. Each protects the mail tab from a hostile or broken file; each is generous enough that
	* a real supplier photo or zip never meets it.
	*/
	const LIMITS = {
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
	const MIME = {
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
	for (var i = 0; i < 32768; ++i) {
		var x = (i & 43690) >> 1 | (i & 21845) << 1;
		x = (x & 52428) >> 2 | (x & 13107) << 2;
		x = (x & 61680) >> 4 | (x & 3855) << 4;
		rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
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
	for (var i = 0; i < 144; ++i) flt[i] = 8;
	for (var i = 144; i < 256; ++i) flt[i] = 9;
	for (var i = 256; i < 280; ++i) flt[i] = 7;
	for (var i = 280; i < 288; ++i) flt[i] = 8;
	var fdt = new u8(32);
	for (var i = 0; i < 32; ++i) fdt[i] = 5;
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
	const u16 = (b, o) => b[o] | b[o + 1] << 8;
	const u32 = (b, o) => (b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24) >>> 0;
	const utf8 = new TextDecoder("utf-8", { fatal: true });
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
	const STEP = 16384;
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
	// utils/photo/source.ts
	const IMAGE_EXT = /\.(jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif)$/i;
	const ZIP_EXT = /\.zip$/i;
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
	// utils/photo/analyzer.worker.ts
	const limit = createLimiter(2);
	const post = (event) => self.postMessage(event);
	self.addEventListener("message", (e) => {
		const req = e.data;
		if (req.type !== "check") return;
		checkSource({
			id: `${req.requestId}`,
			name: req.name,
			sizeHint: req.file.size,
			date: req.receivedAt,
			read: async () => req.file
		}, {
			onFound: (photos, skipped) => post({
				type: "found",
				requestId: req.requestId,
				photos,
				skipped
			}),
			onReport: (key, report, thumbnail) => post({
				type: "report",
				requestId: req.requestId,
				key,
				report,
				thumbnail
			})
		}, limit).finally(() => post({
			type: "done",
			requestId: req.requestId
		}));
	});
})();
