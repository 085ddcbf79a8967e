import { Ct as C$1, Dt as k$2, Et as S$2, Ot as l$2, P as DEFAULT_THRESHOLDS, _t as A$2, a as gateLineParts, gt as formatTakenAt, ht as formatDimensions, kt as t$2, mt as formatBytes, n as SHOT_STATUS_MARK, ot as computePixelMetrics, pt as u$2, r as countsText, rt as LIMITS, st as hammingDistance, t as SHOT_STATUS_LABEL, vt as T$1, xt as h$3, yt as d$3 } from "./theme-Bgg-dlZg.js";
// node_modules/@preact/signals-core/dist/signals-core.module.js
var i$1 = Symbol.for("preact-signals");
function t$1() {
	if (!(v$1 > 1)) {
		var i, t = !1;
		(function() {
			var i = c$1;
			c$1 = void 0;
			while (void 0 !== i) {
				var t = i.S;
				if (t.v === i.v) {
					for (var r = t.t; void 0 !== r; r = r.x) if (r.i === i.i) r.i = t.i;
				}
				i = i.o;
			}
		})();
		while (void 0 !== h$2) {
			var r = h$2;
			h$2 = void 0;
			s$1++;
			while (void 0 !== r) {
				var n = r.u;
				r.u = void 0;
				r.f &= -3;
				if (!(8 & r.f) && w$2(r)) try {
					r.c();
				} catch (r) {
					if (!t) {
						i = r;
						t = !0;
					}
				}
				r = n;
			}
		}
		s$1 = 0;
		v$1--;
		if (t) throw i;
	} else v$1--;
}
function r$1(i) {
	if (v$1 > 0) return i();
	u$1 = ++e$1;
	v$1++;
	try {
		return i();
	} finally {
		t$1();
	}
}
var n$1;
var o$1 = void 0;
function f$1(i) {
	var t = o$1, r = n$1;
	o$1 = void 0;
	n$1 = void 0;
	try {
		return i();
	} finally {
		o$1 = t;
		n$1 = r;
	}
}
var h$2 = void 0;
var v$1 = 0;
var s$1 = 0;
var e$1 = 0;
var u$1 = 0;
var c$1 = void 0;
var a$1 = 0;
function d$2(i) {
	if (void 0 !== o$1) {
		var t = i.n;
		if (void 0 === t || t.t !== o$1) {
			t = {
				i: 0,
				S: i,
				p: o$1.s,
				n: void 0,
				t: o$1,
				e: void 0,
				x: void 0,
				r: t
			};
			if (void 0 !== o$1.s) o$1.s.n = t;
			o$1.s = t;
			i.n = t;
			if (32 & o$1.f) i.S(t);
			return t;
		} else if (-1 === t.i) {
			t.i = 0;
			if (void 0 !== t.n) {
				t.n.p = t.p;
				if (void 0 !== t.p) t.p.n = t.n;
				t.p = o$1.s;
				t.n = void 0;
				o$1.s.n = t;
				o$1.s = t;
			}
			return t;
		}
	}
}
function l$1(i, t) {
	this.v = i;
	this.i = 0;
	this.n = void 0;
	this.t = void 0;
	this.l = 0;
	this.W = null == t ? void 0 : t.watched;
	this.Z = null == t ? void 0 : t.unwatched;
	this.name = null == t ? void 0 : t.name;
}
l$1.prototype.brand = i$1;
l$1.prototype.h = function() {
	return !0;
};
l$1.prototype.S = function(i) {
	var t = this, r = this.t;
	if (r !== i && void 0 === i.e) {
		i.x = r;
		this.t = i;
		if (void 0 !== r) r.e = i;
		else f$1(function() {
			var i;
			null == (i = t.W) || i.call(t);
		});
	}
};
l$1.prototype.U = function(i) {
	var t = this;
	if (void 0 !== this.t) {
		var r = i.e, n = i.x;
		if (void 0 !== r) {
			r.x = n;
			i.e = void 0;
		}
		if (void 0 !== n) {
			n.e = r;
			i.x = void 0;
		}
		if (i === this.t) {
			this.t = n;
			if (void 0 === n) f$1(function() {
				var i;
				null == (i = t.Z) || i.call(t);
			});
		}
	}
};
l$1.prototype.subscribe = function(i) {
	var t = this;
	return x$1(function() {
		var r = t.value;
		f$1(function() {
			return i(r);
		});
	}, { name: "sub" });
};
l$1.prototype.valueOf = function() {
	return this.value;
};
l$1.prototype.toString = function() {
	return this.value + "";
};
l$1.prototype.toJSON = function() {
	return this.value;
};
l$1.prototype.peek = function() {
	var i = this;
	return f$1(function() {
		return i.value;
	});
};
Object.defineProperty(l$1.prototype, "value", {
	get: function() {
		var i = d$2(this);
		if (void 0 !== i) i.i = this.i;
		return this.v;
	},
	set: function(i) {
		if (i !== this.v) {
			if (s$1 > 100) throw new Error("Cycle detected");
			(function(i) {
				if (0 !== v$1 && 0 === s$1) {
					if (i.l !== u$1) {
						i.l = u$1;
						c$1 = {
							S: i,
							v: i.v,
							i: i.i,
							o: c$1
						};
					}
				}
			})(this);
			this.v = i;
			this.i++;
			a$1++;
			v$1++;
			try {
				for (var r = this.t; void 0 !== r; r = r.x) r.t.N();
			} finally {
				t$1();
			}
		}
	}
});
function y$2(i, t) {
	return new l$1(i, t);
}
function w$2(i) {
	for (var t = i.s; void 0 !== t; t = t.n) if (t.S.i !== t.i || !t.S.h() || t.S.i !== t.i) return !0;
	return !1;
}
function b$2(i) {
	for (var t = i.s; void 0 !== t; t = t.n) {
		var r = t.S.n;
		if (void 0 !== r) t.r = r;
		t.S.n = t;
		t.i = -1;
		if (void 0 === t.n) {
			i.s = t;
			break;
		}
	}
}
function _$1(i) {
	var t = i.s, r = void 0;
	while (void 0 !== t) {
		var n = t.p;
		if (-1 === t.i) {
			t.S.U(t);
			if (void 0 !== n) n.n = t.n;
			if (void 0 !== t.n) t.n.p = n;
		} else r = t;
		t.S.n = t.r;
		if (void 0 !== t.r) t.r = void 0;
		t = n;
	}
	i.s = r;
}
function j$1(i, t) {
	l$1.call(this, void 0, t);
	this.x = i;
	this.s = void 0;
	this.g = a$1 - 1;
	this.f = 4;
}
j$1.prototype = new l$1();
j$1.prototype.h = function() {
	this.f &= -3;
	if (1 & this.f) return !1;
	if (32 == (36 & this.f)) return !0;
	this.f &= -5;
	if (this.g === a$1) return !0;
	this.g = a$1;
	this.f |= 1;
	if (this.i > 0 && !w$2(this)) {
		this.f &= -2;
		return !0;
	}
	var i = o$1;
	try {
		b$2(this);
		o$1 = this;
		var t = this.x();
		if (16 & this.f || this.v !== t || 0 === this.i) {
			this.v = t;
			this.f &= -17;
			this.i++;
		}
	} catch (i) {
		this.v = i;
		this.f |= 16;
		this.i++;
	}
	o$1 = i;
	_$1(this);
	this.f &= -2;
	return !0;
};
j$1.prototype.S = function(i) {
	if (void 0 === this.t) {
		this.f |= 36;
		for (var t = this.s; void 0 !== t; t = t.n) t.S.S(t);
	}
	l$1.prototype.S.call(this, i);
};
j$1.prototype.U = function(i) {
	if (void 0 !== this.t) {
		l$1.prototype.U.call(this, i);
		if (void 0 === this.t) {
			this.f &= -33;
			for (var t = this.s; void 0 !== t; t = t.n) t.S.U(t);
		}
	}
};
j$1.prototype.N = function() {
	if (!(2 & this.f)) {
		this.f |= 6;
		for (var i = this.t; void 0 !== i; i = i.x) i.t.N();
	}
};
Object.defineProperty(j$1.prototype, "value", { get: function() {
	if (1 & this.f) throw new Error("Cycle detected");
	var i = d$2(this);
	this.h();
	if (void 0 !== i) i.i = this.i;
	if (16 & this.f) throw this.v;
	return this.v;
} });
function O$1(i, t) {
	return new j$1(i, t);
}
function p$2(i) {
	var r = i.j;
	i.j = void 0;
	if ("function" == typeof r) {
		v$1++;
		var n = o$1;
		o$1 = void 0;
		try {
			r();
		} catch (t) {
			i.f &= -2;
			i.f |= 8;
			g$2(i);
			throw t;
		} finally {
			o$1 = n;
			t$1();
		}
	}
}
function g$2(i) {
	for (var t = i.s; void 0 !== t; t = t.n) t.S.U(t);
	i.x = void 0;
	i.s = void 0;
	p$2(i);
}
function S$1(i) {
	if (o$1 !== this) throw new Error("Out-of-order effect");
	_$1(this);
	o$1 = i;
	this.f &= -2;
	try {
		if (8 & this.f) g$2(this);
	} finally {
		t$1();
	}
}
function m$2(i, t) {
	this.x = i;
	this.j = void 0;
	this.s = void 0;
	this.u = void 0;
	this.f = 32;
	this.name = null == t ? void 0 : t.name;
	if (n$1) n$1.push(this);
}
m$2.prototype.c = function() {
	var i = this.S();
	try {
		if (8 & this.f) return;
		if (void 0 === this.x) return;
		var t = this.x();
		if ("function" == typeof t) this.j = t;
	} finally {
		i();
	}
};
m$2.prototype.S = function() {
	if (1 & this.f) throw new Error("Cycle detected");
	this.f |= 1;
	this.f &= -9;
	p$2(this);
	b$2(this);
	v$1++;
	var i = o$1;
	o$1 = this;
	return S$1.bind(this, i);
};
m$2.prototype.N = function() {
	if (!(2 & this.f)) {
		this.f |= 2;
		this.u = h$2;
		h$2 = this;
	}
};
m$2.prototype.d = function() {
	this.f |= 8;
	if (!(1 & this.f)) g$2(this);
};
m$2.prototype.dispose = function() {
	this.d();
};
function x$1(i, t) {
	var r = new m$2(i, t);
	try {
		r.c();
	} catch (i) {
		r.d();
		throw i;
	}
	var n = r.d.bind(r);
	n[Symbol.dispose] = n;
	return n;
}
// node_modules/@preact/signals/dist/signals.module.js
var h$1;
var d$1;
var p$1;
var m$1 = "undefined" != typeof window && !!window.__PREACT_SIGNALS_DEVTOOLS__;
var g$1 = [];
x$1(function() {
	h$1 = this.N;
})();
function b$1(i, n) {
	l$2[i] = n.bind(null, l$2[i] || function() {});
}
function y$1(i) {
	if (p$1) {
		var n = p$1;
		p$1 = void 0;
		n();
	}
	p$1 = i && i.S();
}
function w$1(i) {
	var n = this, r = i.data, t = useSignal(r);
	t.name = "ReactiveDom";
	t.value = r;
	var e = T$1(function() {
		var i = n, r = n.__v;
		while (r = r.__) if (r.__c) {
			r.__c.__$f |= 4;
			break;
		}
		var o = O$1(function() {
			var i = t.value.value;
			return 0 === i ? 0 : !0 === i ? "" : i || "";
		}), e = O$1(function() {
			return !Array.isArray(o.value) && !t$2(o.value);
		}), u = x$1(function() {
			this.N = M$1;
			if (e.value) {
				var n = o.value;
				if (i.__v && i.__v.__e && 3 === i.__v.__e.nodeType) i.__v.__e.data = n;
			}
		}), c = n.__$u.d;
		n.__$u.d = function() {
			u();
			c.call(this);
		};
		return [e, o];
	}, []), u = e[0], c = e[1];
	return u.value ? c.peek() : c.value;
}
w$1.displayName = "ReactiveTextNode";
Object.defineProperties(l$1.prototype, {
	constructor: {
		configurable: !0,
		value: k$2(S$2, null).constructor
	},
	type: {
		configurable: !0,
		value: w$1
	},
	props: {
		configurable: !0,
		get: function() {
			var i = this;
			return { data: { get value() {
				return i.value;
			} } };
		}
	},
	__b: {
		configurable: !0,
		value: 1
	}
});
b$1("__b", function(i, n) {
	y$1();
	d$1 = void 0;
	if ("string" == typeof n.type) {
		var r, t = n.props;
		for (var f in t) if ("children" !== f) {
			var o = t[f];
			if (o instanceof l$1) {
				if (!r) n.__np = r = {};
				r[f] = o;
				t[f] = o.peek();
			}
		}
	}
	i(n);
});
b$1("__r", function(i, r) {
	i(r);
	if (r.type !== S$2) {
		y$1();
		var t, f = r.__c;
		if (f) {
			f.__$f &= -2;
			if (void 0 === (t = f.__$u)) f.__$u = t = function(i, n) {
				var r;
				x$1(function() {
					r = this;
				}, { name: n });
				r.c = i;
				return r;
			}(function(i) {
				return function() {
					var n;
					if (m$1) null == (n = this.y) || n.call(this);
					i.__$f |= 1;
					i.setState({});
				};
			}(f), "function" == typeof r.type ? r.type.displayName || r.type.name : "");
		}
		d$1 = f;
		y$1(t);
	}
});
b$1("__e", function(i, n, r, t) {
	y$1();
	d$1 = void 0;
	i(n, r, t);
});
b$1("diffed", function(i, n) {
	y$1();
	d$1 = void 0;
	var r;
	if ("string" == typeof n.type && (r = n.__e)) {
		var t = n.__np, f = n.props, o = r.U;
		if (o) for (var e in o) {
			var u = o[e];
			if (!(void 0 === u || t && e in t)) {
				u.d();
				o[e] = void 0;
			}
		}
		if (t) {
			if (!o) {
				o = {};
				r.U = o;
			}
			for (var a in t) {
				var c = o[a], v = t[a];
				if (void 0 === c) {
					c = k$1(r, a, v, f);
					o[a] = c;
				} else c.o(v, f);
			}
		}
	}
	i(n);
});
function k$1(i, n, r, t) {
	var f = n in i && void 0 === i.ownerSVGElement, o = y$2(r);
	return {
		o: function(i, n) {
			o.value = i;
			t = n;
		},
		d: x$1(function() {
			this.N = M$1;
			var r = o.value.value;
			if (t[n] !== r) {
				t[n] = r;
				if (f) i[n] = r;
				else if (null != r && (!1 !== r || "-" === n[4])) i.setAttribute(n, r);
				else i.removeAttribute(n);
			}
		})
	};
}
b$1("unmount", function(i, n) {
	if ("string" == typeof n.type) {
		var r = n.__e;
		if (r) {
			var t = r.U;
			if (t) {
				r.U = void 0;
				for (var f in t) {
					var o = t[f];
					if (o) o.d();
				}
			}
		}
		var e = n.__np;
		if (e) {
			var u = n.props;
			for (var a in e) u[a] = e[a];
		}
		n.__np = void 0;
	} else {
		var c = n.__c;
		if (c) {
			c.__$f |= 8;
			var v = c.__$u;
			if (v) {
				c.__$u = void 0;
				v.d();
			}
		}
	}
	i(n);
});
b$1("__h", function(i, n, r, t) {
	if (t < 3) n.__$f |= 2;
	i(n, r, t);
});
C$1.prototype.shouldComponentUpdate = function(i, n) {
	if (this.__R) return !0;
	var r = this.__$u, t = r && void 0 !== r.s;
	for (var f in n) return !0;
	if (this.__f || "boolean" == typeof this.u && !0 === this.u) {
		var o = 2 & this.__$f;
		if (!(t || o || 4 & this.__$f)) return !0;
		if (1 & this.__$f) return !0;
	} else {
		if (!(t || 4 & this.__$f)) return !0;
		if (3 & this.__$f) return !0;
	}
	for (var e in i) if ("__source" !== e && i[e] !== this.props[e]) return !0;
	for (var u in this.props) if (!(u in i)) return !0;
	return !1;
};
function useSignal(i, n) {
	return T$1(function() {
		return y$2(i, n);
	}, []);
}
function useComputed(i, n) {
	var r = A$2(i);
	r.current = i;
	d$1.__$f |= 4;
	return T$1(function() {
		return O$1(function() {
			return r.current();
		}, n);
	}, []);
}
var A$1 = function(i) {
	queueMicrotask(function() {
		queueMicrotask(i);
	});
};
function F$1() {
	r$1(function() {
		var i;
		while (i = g$1.shift()) h$1.call(i);
	});
}
function M$1() {
	if (1 === g$1.push(this)) (l$2.requestAnimationFrame || A$1)(F$1);
}
// components/finding-text.ts
/** `1600` → `1,600`. Plain string work: Intl formatting showed in the mail page's profiles (badges re-render often). */
function num(v) {
	if (typeof v !== "number") return String(v ?? "");
	const [whole, fraction] = String(v).split(".");
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
	return fraction ? `${grouped}.${fraction}` : grouped;
}
function describeFinding(f) {
	return {
		"too-small": () => ({
			short: "too small",
			detail: `The long edge is ${num(f.measured)} px; details need at least ${num(f.threshold)} px to inspect by zooming.`,
			ask: "Send the original photo file from the camera, not resized."
		}),
		"small-file": () => ({
			short: "small file",
			detail: `The file is only ${formatBytes(Number(f.measured))} (under ${formatBytes(Number(f.threshold))}): it was probably resized or recompressed.`,
			ask: "Send the original file; do not use \"reduce size\" when attaching."
		}),
		"over-compressed": () => ({
			short: "over-compressed",
			detail: typeof f.measured === "number" && f.measured < 1 ? `Only ${f.measured} bytes per pixel: compression hides surface defects.` : `JPEG quality about ${num(f.measured)} (under ${num(f.threshold)}): blocky artefacts hide surface defects.`,
			ask: "Send the original file from the camera."
		}),
		"chat-recompressed": () => ({
			short: "sent via chat app",
			detail: `${num(f.measured)}, low quality and no camera data: the size a chat app makes when "original" is not ticked.`,
			ask: "On WeChat tick 原图 (\"original image\"), or send the photos as a zip or email attachment."
		}),
		"metadata-stripped": () => ({
			short: "no camera data",
			detail: "No capture date or camera in the file. Alone this proves nothing: many apps strip it.",
			ask: "If possible, send the files straight from the phone or camera."
		}),
		screenshot: () => ({
			short: "screenshot",
			detail: `${num(f.measured)} looks like a screenshot of a photo, not the photo itself.`,
			ask: "Send the photo file itself, not a screenshot of it."
		}),
		blurry: () => ({
			short: "blurry",
			detail: `Sharpness ${num(f.measured)} (under ${num(f.threshold)}): the photo is out of focus or shaken.`,
			ask: "Retake in focus: tap to focus on the product, hold steady, move closer."
		}),
		dark: () => ({
			short: "too dark",
			detail: `Average brightness ${num(f.measured)} of 255 (under ${num(f.threshold)}): colour and finish cannot be judged.`,
			ask: "Retake in daylight or good light, without flash glare."
		}),
		overexposed: () => ({
			short: "overexposed",
			detail: `Average brightness ${num(f.measured)} of 255: bright areas are blown out.`,
			ask: "Retake with less light or without flash."
		}),
		duplicate: () => ({
			short: "duplicate",
			detail: `The same file as “${f.other ?? "another photo"}” in this batch.`,
			ask: "Send a different photo for this view."
		}),
		"near-duplicate": () => ({
			short: "near duplicate",
			detail: `The same picture as “${f.other ?? "another photo"}”, resized or re-encoded.`,
			ask: "Send a new photo rather than a copy of one already sent."
		}),
		reused: () => ({
			short: "reused photo",
			detail: `Already received before${f.other ? ` (${f.other})` : ""}: this is not a new photo of this production.`,
			ask: "This photo was already sent before; please take new photos of this production."
		}),
		"old-capture": () => ({
			short: "old photo",
			detail: `Taken ${num(f.measured)} days before it was sent: it may be from an earlier order.`,
			ask: "Please take new photos of this production, today."
		}),
		"too-many-pixels": () => ({
			short: "too large to check",
			detail: `${num(f.measured)} pixels is over the safety limit: measured from the header only, never decoded.`,
			ask: "Nothing, unless the file is not a real photo."
		}),
		"not-decodable": () => ({
			short: "pixels not checked",
			detail: `This browser cannot decode ${String(f.measured ?? "this format").toUpperCase()}: sharpness and lighting were not checked.`,
			ask: "If you need these checks, ask for JPEG (iPhone: Settings → Camera → Formats → Most Compatible)."
		}),
		unreadable: () => ({
			short: "unreadable",
			detail: describeError(f.measured),
			ask: "Send the file again; it may have been damaged in transfer."
		}),
		unsupported: () => ({
			short: "not a photo",
			detail: "This file is not an image format we know (JPEG, PNG, HEIC, WebP, AVIF, GIF, BMP, TIFF).",
			ask: "Send the photos as JPEG or HEIC files."
		})
	}[f.code]();
}
function describeError(code) {
	switch (code) {
		case "empty": return "The file is empty (0 bytes).";
		case "truncated": return "The file is cut short: it ends before the image does.";
		case "corrupt": return "The file is damaged: its image header is malformed.";
		case "unsupported": return "Not an image format we know.";
		case "zip-refused": return "The zip was refused by a safety check.";
		case "aborted": return "The check was cancelled.";
		default: return "The file could not be read.";
	}
}
function describePixelSkip(reason) {
	switch (reason) {
		case "too-many-pixels": return "Not decoded: the header declares more pixels than is safe to decode.";
		case "cannot-decode": return "Not decoded: this browser cannot decode the format.";
		case "disabled": return "Pixel checks were not run.";
		default: return "Pixel checks need a browser.";
	}
}
var VERDICT_LABEL = {
	ok: "Good",
	warn: "Check",
	fail: "Re-request",
	error: "Unreadable",
	pending: "Checking…"
};
var VERDICT_MARK = {
	ok: "✓",
	warn: "!",
	fail: "✗",
	error: "⚠",
	pending: "…"
};
// components/checklist/RejectForm.tsx
/** Rejecting asks why: the reason goes into the re-request. Enter rejects, Escape cancels. */
function RejectForm({ subject, onReject, onCancel }) {
	const [reason, setReason] = d$3("");
	const input = A$2(null);
	h$3(() => input.current?.focus(), []);
	return /* @__PURE__ */ u$2("form", {
		class: "cl-reject-form",
		onSubmit: (e) => {
			e.preventDefault();
			if (reason.trim()) onReject(reason.trim());
		},
		onKeyDown: (e) => {
			if (e.key === "Escape") {
				e.preventDefault();
				e.stopPropagation();
				onCancel();
			}
		},
		children: [
			/* @__PURE__ */ u$2("input", {
				ref: input,
				type: "text",
				required: true,
				maxLength: 500,
				value: reason,
				placeholder: "Why? e.g. wrong colour, label not readable",
				"aria-label": `Reason for rejecting ${subject}`,
				onInput: (e) => setReason(e.currentTarget.value)
			}),
			/* @__PURE__ */ u$2("button", {
				type: "submit",
				class: "cl-btn cl-btn-danger",
				disabled: !reason.trim(),
				children: "Reject"
			}),
			/* @__PURE__ */ u$2("button", {
				type: "button",
				class: "cl-btn cl-btn-quiet",
				onClick: onCancel,
				children: "Cancel"
			})
		]
	});
}
// components/checklist/ShotSelect.tsx
var shotOptionText = (s) => s.label.zh ? `${s.label.en} · ${s.label.zh}` : s.label.en;
/** Pick the shot a photo shows: the suggested shots first, then the rest in shot-list order. */
function ShotSelect({ shots, suggested, value, label, disabled, placeholder, onChange, testId }) {
	const byId = new Map(shots.map((s) => [s.id, s]));
	const top = suggested.map((id) => byId.get(id)).filter((s) => s !== void 0);
	const rest = shots.filter((s) => !suggested.includes(s.id));
	return /* @__PURE__ */ u$2("select", {
		class: "cl-select",
		"aria-label": label,
		value,
		disabled,
		"data-testid": testId,
		onChange: (e) => onChange(e.currentTarget.value),
		children: [
			/* @__PURE__ */ u$2("option", {
				value: "",
				children: placeholder ?? "Choose a shot…"
			}),
			top.length > 0 && /* @__PURE__ */ u$2("optgroup", {
				label: "Suggested from the file name",
				children: top.map((s) => /* @__PURE__ */ u$2("option", {
					value: s.id,
					children: shotOptionText(s)
				}, s.id))
			}),
			/* @__PURE__ */ u$2("optgroup", {
				label: top.length ? "Other shots" : "Shots",
				children: rest.map((s) => /* @__PURE__ */ u$2("option", {
					value: s.id,
					children: shotOptionText(s)
				}, s.id))
			})
		]
	});
}
// components/orders/blob-urls.ts
function createBlobUrls() {
	let urls = /* @__PURE__ */ new WeakMap();
	let made = [];
	return {
		url(blob) {
			if (!blob) return void 0;
			let url = urls.get(blob);
			if (!url) {
				url = URL.createObjectURL(blob);
				urls.set(blob, url);
				made.push(url);
			}
			return url;
		},
		revokeAll() {
			for (const url of made) URL.revokeObjectURL(url);
			made = [];
			urls = /* @__PURE__ */ new WeakMap();
		}
	};
}
// utils/triage/suggest.ts
var CONCEPTS = [
	{
		id: "front",
		en: ["front"],
		zh: ["正面", "正"]
	},
	{
		id: "back",
		en: ["back", "rear"],
		zh: [
			"背面",
			"反面",
			"背"
		]
	},
	{
		id: "side",
		en: ["side"],
		zh: ["侧面", "侧"]
	},
	{
		id: "left",
		en: ["left"],
		zh: ["左侧", "左"]
	},
	{
		id: "right",
		en: ["right"],
		zh: ["右侧", "右"]
	},
	{
		id: "label",
		en: [
			"label",
			"tag",
			"hangtag"
		],
		zh: [
			"标签",
			"吊牌",
			"洗标",
			"洗水唛",
			"主标",
			"商标",
			"唛"
		]
	},
	{
		id: "shipping-mark",
		en: [
			"shipping",
			"mark",
			"shippingmark"
		],
		zh: [
			"唛头",
			"箱唛",
			"正唛",
			"侧唛"
		]
	},
	{
		id: "carton",
		en: ["carton", "ctn"],
		zh: [
			"外箱",
			"纸箱",
			"箱"
		]
	},
	{
		id: "inner",
		en: ["inner", "innerbox"],
		zh: [
			"内盒",
			"中盒",
			"内包装"
		]
	},
	{
		id: "packaging",
		en: [
			"packaging",
			"package",
			"packing"
		],
		zh: ["包装"]
	},
	{
		id: "barcode",
		en: [
			"barcode",
			"ean",
			"upc"
		],
		zh: ["条码", "条形码"]
	},
	{
		id: "detail",
		en: ["detail", "workmanship"],
		zh: ["细节", "做工"]
	},
	{
		id: "closeup",
		en: ["closeup", "macro"],
		zh: ["近拍", "特写"]
	},
	{
		id: "measurement",
		en: [
			"measurement",
			"measure",
			"size",
			"dimension",
			"ruler",
			"tape"
		],
		zh: [
			"尺寸",
			"测量",
			"卷尺",
			"尺"
		]
	},
	{
		id: "weight",
		en: ["weight", "scale"],
		zh: ["重量", "称重"]
	},
	{
		id: "seal",
		en: ["seal"],
		zh: [
			"封条",
			"铅封",
			"封号"
		]
	},
	{
		id: "container",
		en: ["container", "cntr"],
		zh: [
			"货柜",
			"集装箱",
			"空柜",
			"柜"
		]
	},
	{
		id: "container-number",
		en: [],
		zh: ["柜号"]
	},
	{
		id: "empty",
		en: ["empty"],
		zh: ["空柜"]
	},
	{
		id: "door",
		en: ["door"],
		zh: ["柜门"]
	},
	{
		id: "layer",
		en: ["layer"],
		zh: ["层"]
	},
	{
		id: "loading",
		en: [
			"loading",
			"load",
			"loaded"
		],
		zh: ["装柜", "装货"]
	},
	{
		id: "opened",
		en: [
			"open",
			"opened",
			"unpacked"
		],
		zh: ["开箱", "打开"]
	},
	{
		id: "fabric",
		en: [
			"fabric",
			"material",
			"swatch"
		],
		zh: ["面料", "布料"]
	},
	{
		id: "colour",
		en: ["colour", "color"],
		zh: [
			"颜色",
			"色卡",
			"对色"
		]
	}
];
/** Chat-app and camera names: consumed whole so their characters cannot match anything. */
var NOISE_ZH = [
	"微信图片",
	"微信",
	"图片",
	"照片",
	"相片",
	"截图",
	"截屏"
];
/** English filler in shot labels that says nothing about the angle ("product" is in every other label). */
var STOP_EN = /* @__PURE__ */ new Set([
	"and",
	"the",
	"with",
	"for",
	"all",
	"each",
	"per",
	"its",
	"against",
	"other",
	"up",
	"product",
	"photo",
	"picture",
	"image"
]);
var CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
/** Below this, a suggestion is a guess: one generic word shared by several shots, or a lone character. */
var MIN_SCORE = .5;
/** "sides" → "side", "cartons" → "carton"; applied to both sides of a comparison, so it only needs to be consistent. */
var stem = (w) => w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
/** Lower-case English words: split on anything not a letter and on camelCase; "close-up" is one word. */
function latinWords(text) {
	const words = text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().match(/[a-z]+/g) ?? [];
	const out = [];
	for (let i = 0; i < words.length; i++) if (words[i] === "close" && words[i + 1] === "up") {
		out.push("closeup");
		i++;
	} else out.push(stem(words[i]));
	return out;
}
function addTo(map, key, concept) {
	const set = map.get(key) ?? /* @__PURE__ */ new Set();
	map.set(key, set);
	if (concept) set.add(concept);
}
var vocabularies = /* @__PURE__ */ new WeakMap();
function vocabulary(shots) {
	let v = vocabularies.get(shots);
	if (!v) {
		v = buildVocabulary(shots);
		vocabularies.set(shots, v);
	}
	return v;
}
/** The shared concepts plus every word of these shots' labels and keywords that no concept covers. */
function buildVocabulary(shots) {
	const latin = /* @__PURE__ */ new Map();
	const cjk = /* @__PURE__ */ new Map();
	for (const c of CONCEPTS) {
		for (const w of c.en) for (const t of latinWords(w)) addTo(latin, t, c.id);
		for (const z of c.zh) addTo(cjk, z, c.id);
	}
	for (const n of NOISE_ZH) addTo(cjk, n);
	const addWord = (w, minLength) => {
		if (!latin.has(w) && !STOP_EN.has(w) && w.length >= minLength) addTo(latin, w, `w:${w}`);
	};
	for (const shot of shots) {
		for (const w of latinWords(shot.label.en)) addWord(w, 3);
		for (const k of shot.keywords ?? []) {
			for (const w of latinWords(k)) addWord(w, 2);
			for (const run of k.match(CJK_RUN) ?? []) if (!cjk.has(run)) addTo(cjk, run, `z:${run}`);
		}
	}
	const terms = [...cjk].map(([term, concepts]) => ({
		term,
		concepts
	}));
	terms.sort((a, b) => b.term.length - a.term.length);
	return {
		latin,
		cjk: terms
	};
}
/** Concepts found in a text, each with its strength (1, or 0.5 for a lone Chinese character). */
function conceptsIn(text, vocab) {
	const found = /* @__PURE__ */ new Map();
	const put = (c, strength) => found.set(c, Math.max(found.get(c) ?? 0, strength));
	const normalised = text.normalize("NFKC");
	for (const w of latinWords(normalised)) for (const c of vocab.latin.get(w) ?? []) put(c, 1);
	for (const run of normalised.match(CJK_RUN) ?? []) {
		const used = new Array(run.length).fill(false);
		for (const { term, concepts } of vocab.cjk) for (let at = run.indexOf(term); at !== -1; at = run.indexOf(term, at + 1)) {
			if (used.slice(at, at + term.length).some(Boolean)) continue;
			used.fill(true, at, at + term.length);
			for (const c of concepts) put(c, term.length === 1 ? .5 : 1);
		}
	}
	return found;
}
/**
* Shots a file name points at, best first; empty when the name says nothing (IMG_2034.jpg).
* A word shared by several shots counts less for each (inverse document frequency), so
* "back side.jpg" prefers Back over the two side shots.
*/
function suggestShots(fileName, shots) {
	const vocab = vocabulary(shots);
	const inName = conceptsIn(fileName.replace(/\.[a-z0-9]{2,5}$/i, ""), vocab);
	if (inName.size === 0) return [];
	const perShot = shots.map((s) => conceptsIn([
		s.label.en,
		s.label.zh,
		...s.keywords ?? []
	].join(" "), vocab));
	const shotsWith = /* @__PURE__ */ new Map();
	for (const set of perShot) for (const c of set.keys()) shotsWith.set(c, (shotsWith.get(c) ?? 0) + 1);
	const out = [];
	shots.forEach((shot, i) => {
		let score = 0;
		for (const [c, strength] of inName) if (perShot[i].has(c)) score += strength / shotsWith.get(c);
		if (score >= MIN_SCORE) out.push({
			shotId: shot.id,
			score: Math.round(score * 1e3) / 1e3
		});
	});
	return out.sort((a, b) => b.score - a.score);
}
// components/checklist/GateLine.tsx
/** "Before cutting fabric · 裁布前 · due 2026-12-01 · 5 days left", and whether the stage may proceed. */
function GateLine({ stage, gate }) {
	const p = gateLineParts(stage, gate);
	return /* @__PURE__ */ u$2("p", {
		class: `cl-gate ${p.overdue ? "cl-overdue" : ""} ${p.canProceed ? "cl-cleared" : ""}`,
		"data-testid": "gate-line",
		children: [/* @__PURE__ */ u$2("span", {
			class: "cl-gate-when",
			children: [
				p.label ? /* @__PURE__ */ u$2(S$2, { children: [/* @__PURE__ */ u$2("strong", { children: p.label.en }), p.label.zh && /* @__PURE__ */ u$2("span", {
					lang: "zh-CN",
					children: [" · ", p.label.zh]
				})] }) : /* @__PURE__ */ u$2("strong", { children: "Stage" }),
				" · ",
				p.due,
				p.days && /* @__PURE__ */ u$2(S$2, { children: [" · ", /* @__PURE__ */ u$2("span", {
					class: "cl-days",
					children: p.days
				})] })
			]
		}), /* @__PURE__ */ u$2("span", {
			class: "cl-gate-state",
			children: [p.canProceed ? "✓ " : "", p.state]
		})]
	});
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
/**
* Duplicates inside one batch (a message, a drop). The copy that arrived later is flagged for an exact
* duplicate; for a near duplicate, the smaller one (it is the re-encoded copy), else the later one.
* Returns extra findings per index.
*/
function findBatchDuplicates(items, t = DEFAULT_THRESHOLDS) {
	const extra = items.map(() => []);
	for (let j = 0; j < items.length; j++) {
		const b = items[j].report;
		for (let i = 0; i < j; i++) {
			const a = items[i].report;
			if (a.sha256 && a.sha256 === b.sha256) {
				extra[j].push({
					code: "duplicate",
					severity: "fail",
					other: items[i].name
				});
				break;
			}
			if (a.pixels?.ok && b.pixels?.ok) {
				const d = hammingDistance(a.pixels.metrics.dHash, b.pixels.metrics.dHash);
				if (d <= t.nearDuplicateBits) {
					const target = a.width * a.height < b.width * b.height ? i : j;
					const other = target === i ? j : i;
					if (!extra[target].some((f) => f.code === "duplicate" || f.code === "near-duplicate")) extra[target].push({
						code: "near-duplicate",
						severity: "warn",
						measured: d,
						threshold: t.nearDuplicateBits,
						other: items[other].name
					});
				}
			}
		}
	}
	return extra;
}
function verdictOf(findings, error) {
	if (error) return "error";
	if (findings.some((f) => f.severity === "fail")) return "fail";
	if (findings.some((f) => f.severity === "warn")) return "warn";
	return "ok";
}
// components/checklist/ReceivedPhoto.tsx
/** The name the photo was last received under. */
var photoName = (p) => p.origins.at(-1)?.fileName ?? p.sha256.slice(0, 12);
function FindingChips({ findings }) {
	const shown = findings.filter((f) => f.severity !== "info");
	if (!shown.length) return null;
	return /* @__PURE__ */ u$2("ul", {
		class: "cl-chips",
		children: shown.map((f) => {
			const text = describeFinding(f);
			return /* @__PURE__ */ u$2("li", {
				class: `cl-chip cl-sev-${f.severity}`,
				title: text.detail,
				children: text.short
			}, f.code);
		})
	});
}
function PhotoThumb({ photo, url, onOpen }) {
	const name = photoName(photo);
	const img = url ? /* @__PURE__ */ u$2("img", {
		src: url,
		alt: ""
	}) : /* @__PURE__ */ u$2("span", {
		class: "cl-thumb-empty",
		children: photo.report.format.toUpperCase()
	});
	return onOpen ? /* @__PURE__ */ u$2("button", {
		type: "button",
		class: "cl-thumb",
		onClick: () => onOpen(photo),
		"aria-label": `Details for ${name}`,
		children: img
	}) : /* @__PURE__ */ u$2("span", {
		class: "cl-thumb",
		children: img
	});
}
/** One received photo of a shot: thumbnail, verdict, what is wrong, and the buyer's decision. */
function ReceivedPhoto({ photo, findings, url, onAccept, onReject, onUndo, onOpen }) {
	const [rejecting, setRejecting] = d$3(false);
	const name = photoName(photo);
	const verdict = verdictOf(findings, photo.report.error);
	const state = photo.status.state;
	return /* @__PURE__ */ u$2("figure", {
		class: `cl-photo cl-photo-${state}`,
		"data-sha256": photo.sha256,
		"data-state": state,
		children: [/* @__PURE__ */ u$2(PhotoThumb, {
			photo,
			url,
			onOpen
		}), /* @__PURE__ */ u$2("figcaption", { children: [
			/* @__PURE__ */ u$2("span", {
				class: "cl-photo-name",
				title: name,
				children: name
			}),
			/* @__PURE__ */ u$2("span", {
				class: "cl-photo-facts",
				children: [
					/* @__PURE__ */ u$2("span", {
						class: `cl-verdict cl-verdict-${verdict}`,
						children: [
							VERDICT_MARK[verdict],
							" ",
							VERDICT_LABEL[verdict]
						]
					}),
					" ",
					"· ",
					formatDimensions(photo.report.width, photo.report.height)
				]
			}),
			/* @__PURE__ */ u$2(FindingChips, { findings }),
			state === "accepted" && /* @__PURE__ */ u$2("span", {
				class: "cl-decision cl-accepted",
				children: "✓ Accepted"
			}),
			photo.status.state === "rejected" && /* @__PURE__ */ u$2("span", {
				class: "cl-decision cl-rejected",
				title: photo.status.reason,
				children: ["✗ Rejected: ", photo.status.reason]
			}),
			rejecting && onReject ? /* @__PURE__ */ u$2(RejectForm, {
				subject: name,
				onReject: (reason) => {
					setRejecting(false);
					onReject(photo, reason);
				},
				onCancel: () => setRejecting(false)
			}) : /* @__PURE__ */ u$2("span", {
				class: "cl-actions",
				children: [
					state !== "accepted" && onAccept && /* @__PURE__ */ u$2("button", {
						type: "button",
						class: "cl-btn cl-btn-ok",
						onClick: () => onAccept(photo),
						"aria-label": `Accept ${name}`,
						children: "Accept"
					}),
					state !== "rejected" && onReject && /* @__PURE__ */ u$2("button", {
						type: "button",
						class: "cl-btn",
						onClick: () => setRejecting(true),
						"aria-label": `Reject ${name}`,
						children: "Reject"
					}),
					state !== "pending" && onUndo && /* @__PURE__ */ u$2("button", {
						type: "button",
						class: "cl-btn cl-btn-quiet",
						onClick: () => onUndo(photo),
						"aria-label": `Undo the decision on ${name}`,
						children: "Undo"
					})
				]
			})
		] })]
	});
}
// components/checklist/ReferenceStrip.tsx
/** Image files only (the file picker's filter is a hint, and drops bring anything). */
var imageFiles = (files) => Array.from(files ?? []).filter((f) => f.type.startsWith("image/") || /\.(heic|heif)$/i.test(f.name));
/** Pick reference photos: a tile beside existing ones, or a small button on a shot without any. */
function ReferenceAdd({ shot, onAdd, variant }) {
	return /* @__PURE__ */ u$2("label", {
		class: variant === "tile" ? "cl-ref-add" : "cl-btn cl-btn-quiet cl-ref-add-inline",
		title: "Drop photos on the shot, or click to choose",
		children: [
			/* @__PURE__ */ u$2("span", {
				"aria-hidden": "true",
				children: "＋"
			}),
			/* @__PURE__ */ u$2("span", { children: variant === "tile" ? "Add" : "Reference" }),
			/* @__PURE__ */ u$2("input", {
				type: "file",
				multiple: true,
				accept: "image/*,.heic,.heif",
				class: "cl-hidden",
				"aria-label": `Add reference photos for ${shot.label.en}`,
				onChange: (e) => {
					const input = e.currentTarget;
					const files = imageFiles(input.files);
					input.value = "";
					if (files.length) onAdd(shot, files);
				}
			})
		]
	});
}
/** The buyer's approved photos of this angle, shown before the photos received. */
function ReferenceStrip({ shot, url, onAdd, onRemove }) {
	const ids = shot.referencePhotoIds;
	if (!ids.length) return null;
	return /* @__PURE__ */ u$2("div", {
		class: "cl-refs",
		"data-testid": "references",
		children: [/* @__PURE__ */ u$2("span", {
			class: "cl-refs-title",
			children: "Reference"
		}), /* @__PURE__ */ u$2("div", {
			class: "cl-ref-list",
			children: [ids.map((id, i) => {
				const src = url(id);
				return /* @__PURE__ */ u$2("figure", {
					class: "cl-ref",
					"data-reference-id": id,
					children: [src ? /* @__PURE__ */ u$2("img", {
						src,
						alt: `Reference ${i + 1} for ${shot.label.en}`
					}) : /* @__PURE__ */ u$2("span", {
						class: "cl-thumb-empty",
						children: "…"
					}), onRemove && /* @__PURE__ */ u$2("button", {
						type: "button",
						class: "cl-ref-remove",
						onClick: () => onRemove(shot, id),
						"aria-label": `Remove reference ${i + 1} for ${shot.label.en}`,
						children: "×"
					})]
				}, id);
			}), onAdd && /* @__PURE__ */ u$2(ReferenceAdd, {
				shot,
				onAdd,
				variant: "tile"
			})]
		})]
	});
}
// components/checklist/ShotRow.tsx
function StatusPill({ status }) {
	return /* @__PURE__ */ u$2("span", {
		class: `cl-pill cl-pill-${status}`,
		children: [
			SHOT_STATUS_MARK[status],
			" ",
			SHOT_STATUS_LABEL[status]
		]
	});
}
/** One shot of the list: what to show, its status, the photos received and the buyer's references. */
function ShotRow(props) {
	const { result, index, findingsOf, photoUrl, referenceUrl, onEditShot, onAddReferences, compact } = props;
	const { shot, status, photos } = result;
	const [dropping, setDropping] = d$3(false);
	const showReferences = referenceUrl && shot.referencePhotoIds.length > 0;
	const drop = onAddReferences && {
		onDragOver: (e) => {
			if (!e.dataTransfer?.types.includes("Files")) return;
			e.preventDefault();
			e.stopPropagation();
			setDropping(true);
		},
		onDragLeave: (e) => {
			if (!e.currentTarget.contains(e.relatedTarget)) setDropping(false);
		},
		onDrop: (e) => {
			e.preventDefault();
			e.stopPropagation();
			setDropping(false);
			const files = imageFiles(e.dataTransfer?.files);
			if (files.length) onAddReferences(shot, files);
		}
	};
	return /* @__PURE__ */ u$2("li", {
		class: `cl-shot cl-shot-${status} ${dropping ? "cl-drop-over" : ""}`,
		"data-shot-id": shot.id,
		"data-shot-status": status,
		...drop,
		children: [
			/* @__PURE__ */ u$2("div", {
				class: "cl-shot-head",
				children: [
					/* @__PURE__ */ u$2("span", {
						class: "cl-num",
						"aria-hidden": "true",
						children: index + 1
					}),
					/* @__PURE__ */ u$2("div", {
						class: "cl-label",
						children: [/* @__PURE__ */ u$2("strong", { children: shot.label.en }), shot.label.zh && /* @__PURE__ */ u$2("span", {
							class: "cl-zh",
							lang: "zh-CN",
							children: shot.label.zh
						})]
					}),
					/* @__PURE__ */ u$2("span", {
						class: `cl-tag ${shot.required ? "cl-tag-required" : ""}`,
						children: shot.required ? "Required" : "Optional"
					}),
					shot.minLongEdge !== void 0 && /* @__PURE__ */ u$2("span", {
						class: "cl-tag",
						title: "This shot needs more pixels than the general minimum",
						children: [
							"≥ ",
							shot.minLongEdge,
							" px"
						]
					}),
					/* @__PURE__ */ u$2(StatusPill, { status }),
					onAddReferences && referenceUrl && !shot.referencePhotoIds.length && /* @__PURE__ */ u$2(ReferenceAdd, {
						shot,
						onAdd: onAddReferences,
						variant: "inline"
					}),
					onEditShot && /* @__PURE__ */ u$2("button", {
						type: "button",
						class: "cl-btn cl-btn-quiet cl-edit",
						onClick: () => onEditShot(shot),
						"aria-label": `Edit shot ${shot.label.en}`,
						children: "Edit"
					})
				]
			}),
			(shot.instructions.en || shot.instructions.zh) && (compact ? /* @__PURE__ */ u$2("details", {
				class: "cl-instructions",
				children: [
					/* @__PURE__ */ u$2("summary", { children: "Instructions" }),
					/* @__PURE__ */ u$2("p", { children: shot.instructions.en }),
					/* @__PURE__ */ u$2("p", {
						lang: "zh-CN",
						children: shot.instructions.zh
					})
				]
			}) : /* @__PURE__ */ u$2("div", {
				class: "cl-instructions",
				children: [/* @__PURE__ */ u$2("p", { children: shot.instructions.en }), shot.instructions.zh && /* @__PURE__ */ u$2("p", {
					lang: "zh-CN",
					children: shot.instructions.zh
				})]
			})),
			/* @__PURE__ */ u$2("div", {
				class: "cl-media",
				children: [showReferences && /* @__PURE__ */ u$2(ReferenceStrip, {
					shot,
					url: referenceUrl,
					onAdd: onAddReferences,
					onRemove: props.onRemoveReference
				}), /* @__PURE__ */ u$2("div", {
					class: "cl-received",
					children: photos.length === 0 ? /* @__PURE__ */ u$2("span", {
						class: "cl-none",
						children: "No photo yet"
					}) : photos.map((p) => /* @__PURE__ */ u$2(ReceivedPhoto, {
						photo: p,
						findings: findingsOf(p),
						url: photoUrl(p),
						onAccept: props.onAccept,
						onReject: props.onReject,
						onUndo: props.onUndo,
						onOpen: props.onOpen
					}, p.sha256))
				})]
			})
		]
	});
}
// components/checklist/UnassignedList.tsx
/** Photos of the stage that show no shot yet, each with the shots its file name suggests. */
function UnassignedList({ photos, shots, findingsOf, photoUrl, onAssign, onOpen }) {
	if (!photos.length) return null;
	return /* @__PURE__ */ u$2("section", {
		class: "cl-unassigned",
		"aria-label": "Photos not assigned to a shot",
		children: [/* @__PURE__ */ u$2("h3", { children: ["Not assigned to a shot ", /* @__PURE__ */ u$2("span", {
			class: "cl-count",
			children: photos.length
		})] }), /* @__PURE__ */ u$2("ul", { children: photos.map((p) => {
			const name = photoName(p);
			const suggested = suggestShots(name, shots).map((s) => s.shotId);
			const top = shots.find((s) => s.id === suggested[0]);
			return /* @__PURE__ */ u$2("li", {
				class: "cl-unassigned-item",
				"data-sha256": p.sha256,
				children: [/* @__PURE__ */ u$2(PhotoThumb, {
					photo: p,
					url: photoUrl(p),
					onOpen
				}), /* @__PURE__ */ u$2("div", {
					class: "cl-unassigned-body",
					children: [
						/* @__PURE__ */ u$2("span", {
							class: "cl-photo-name",
							title: name,
							children: name
						}),
						/* @__PURE__ */ u$2(FindingChips, { findings: findingsOf(p) }),
						top && /* @__PURE__ */ u$2("span", {
							class: "cl-suggestion",
							children: ["Looks like: ", top.label.en]
						}),
						/* @__PURE__ */ u$2(ShotSelect, {
							shots,
							suggested,
							value: "",
							label: `Shot for ${name}`,
							placeholder: "Assign to a shot…",
							onChange: (shotId) => shotId && onAssign(p, shotId)
						})
					]
				})]
			}, p.sha256);
		}) })]
	});
}
// components/checklist/ChecklistView.tsx
function ChecklistSummary({ checklist }) {
	const c = checklist.counts;
	const pct = c.required ? Math.round(c.requiredAccepted / c.required * 100) : 100;
	return /* @__PURE__ */ u$2("div", {
		class: "cl-summary",
		"data-testid": "checklist-summary",
		"data-required": c.required,
		"data-accepted": c.requiredAccepted,
		children: [/* @__PURE__ */ u$2("div", {
			class: "cl-meter",
			"aria-hidden": "true",
			children: /* @__PURE__ */ u$2("span", { style: { width: `${pct}%` } })
		}), /* @__PURE__ */ u$2("span", { children: countsText(c) })]
	});
}
function ChecklistView(props) {
	const { checklist, stage, compact } = props;
	const findingsOf = (p) => checklist.findings[p.sha256] ?? p.report.findings;
	return /* @__PURE__ */ u$2("section", {
		class: `cl-root ${compact ? "cl-compact" : ""}`,
		"aria-label": `Checklist: ${stage.name.en}`,
		children: [
			!props.hideGate && /* @__PURE__ */ u$2(GateLine, {
				stage,
				gate: checklist.gate
			}),
			/* @__PURE__ */ u$2(ChecklistSummary, { checklist }),
			checklist.shots.length === 0 ? /* @__PURE__ */ u$2("p", {
				class: "cl-none",
				children: "This stage has no shots yet."
			}) : /* @__PURE__ */ u$2("ol", {
				class: "cl-shots",
				"data-testid": "checklist",
				children: checklist.shots.map((result, i) => /* @__PURE__ */ u$2(ShotRow, {
					result,
					index: i,
					findingsOf,
					photoUrl: props.photoUrl,
					referenceUrl: props.referenceUrl,
					onAccept: props.onAccept,
					onReject: props.onReject,
					onUndo: props.onUndo,
					onOpen: props.onOpen,
					onAddReferences: props.onAddReferences,
					onRemoveReference: props.onRemoveReference,
					onEditShot: props.onEditShot,
					compact
				}, result.shot.id))
			}),
			props.onAssign && /* @__PURE__ */ u$2(UnassignedList, {
				photos: checklist.unassigned,
				shots: stage.shots,
				findingsOf,
				photoUrl: props.photoUrl,
				onAssign: props.onAssign,
				onOpen: props.onOpen
			})
		]
	});
}
// components/PhotoFacts.tsx
function Row({ label, value }) {
	return /* @__PURE__ */ u$2(S$2, { children: [/* @__PURE__ */ u$2("dt", { children: label }), /* @__PURE__ */ u$2("dd", { children: value === void 0 || value === "" ? "—" : value })] });
}
function PhotoFactList({ report: r, verdict, sizeHint, extra }) {
	const m = r?.pixels?.ok ? r.pixels.metrics : void 0;
	return /* @__PURE__ */ u$2("dl", {
		class: "facts",
		children: [
			/* @__PURE__ */ u$2(Row, {
				label: "Verdict",
				value: VERDICT_LABEL[verdict]
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Format",
				value: r?.format.toUpperCase()
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Dimensions",
				value: r ? formatDimensions(r.width, r.height) : void 0
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "File size",
				value: formatBytes(r?.bytes ?? sizeHint)
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "JPEG quality",
				value: r?.jpeg?.quality
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Progressive",
				value: r?.jpeg ? r.jpeg.progressive ? "yes" : "no" : void 0
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Taken",
				value: formatTakenAt(r?.exif?.takenAt, r?.exif?.takenAtOffset)
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Camera",
				value: [r?.exif?.make, r?.exif?.model].filter(Boolean).join(" ")
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Software",
				value: r?.exif?.software
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "GPS",
				value: r?.exif ? r.exif.hasGps ? "yes" : "no" : void 0
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Sharpness",
				value: m?.sharpness
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Brightness",
				value: m ? `${m.meanLuminance} / 255` : void 0
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Clipped",
				value: m ? `${Math.round(m.clippedDark * 100)}% dark · ${Math.round(m.clippedBright * 100)}% bright` : void 0
			}),
			/* @__PURE__ */ u$2(Row, {
				label: "Header read",
				value: r ? formatBytes(r.bytesRead) : void 0
			}),
			r?.pixels && !r.pixels.ok && /* @__PURE__ */ u$2(Row, {
				label: "Pixels",
				value: describePixelSkip(r.pixels.reason)
			}),
			r?.error && /* @__PURE__ */ u$2(Row, {
				label: "Problem",
				value: r.error.message
			}),
			extra?.map((e) => /* @__PURE__ */ u$2(Row, {
				label: e.label,
				value: e.value
			}, e.label))
		]
	});
}
function FindingList({ findings, done }) {
	if (findings.length === 0) return done ? /* @__PURE__ */ u$2("p", {
		class: "all-good",
		children: "Nothing to ask for: this photo is fine to inspect."
	}) : null;
	return /* @__PURE__ */ u$2("ol", {
		class: "finding-list",
		children: findings.map((f) => {
			const text = describeFinding(f);
			return /* @__PURE__ */ u$2("li", {
				class: `sev-${f.severity}`,
				children: [
					/* @__PURE__ */ u$2("strong", { children: text.short }),
					" — ",
					text.detail,
					/* @__PURE__ */ u$2("div", {
						class: "ask",
						children: ["Ask for: ", text.ask]
					})
				]
			}, f.code);
		})
	});
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
		const image = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
		const metrics = await computePixelMetrics(image, options.signal);
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
export { useSignal as _, findBatchDuplicates as a, suggestShots as c, RejectForm as d, VERDICT_LABEL as f, useComputed as g, describeFinding as h, ChecklistView as i, createBlobUrls as l, describeError as m, FindingList as n, verdictOf as o, VERDICT_MARK as p, PhotoFactList as r, GateLine as s, analyzePhoto as t, ShotSelect as u, O$1 as v, y$2 as y };
