(function() {
	// \0rolldown/runtime.js
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	// node_modules/wxt/dist/utils/define-content-script.mjs
	function defineContentScript(definition) {
		return definition;
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
	// node_modules/preact/dist/preact.module.js
	var n$1;
	var l$2;
	var u$3;
	var t$2;
	var i$3;
	var r$2;
	var o$2;
	var e$2;
	var f$3;
	var c$2;
	var a$2;
	var s$2;
	var h$2;
	var p$3;
	var v$2;
	var d$2 = {};
	var w$3 = [];
	var _$1 = /acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i;
	var g$2 = Array.isArray;
	function m$3(n, l) {
		for (var u in l) n[u] = l[u];
		return n;
	}
	function b$2(n) {
		n && n.parentNode && n.parentNode.removeChild(n);
	}
	function k$2(l, u, t) {
		var i, r, o, e = {};
		for (o in u) "key" == o ? i = u[o] : "ref" == o ? r = u[o] : e[o] = u[o];
		if (arguments.length > 2 && (e.children = arguments.length > 3 ? n$1.call(arguments, 2) : t), "function" == typeof l && null != l.defaultProps) for (o in l.defaultProps) void 0 === e[o] && (e[o] = l.defaultProps[o]);
		return x$1(l, e, i, r, null);
	}
	function x$1(n, t, i, r, o) {
		var e = {
			type: n,
			props: t,
			key: i,
			ref: r,
			__k: null,
			__: null,
			__b: 0,
			__e: null,
			__c: null,
			constructor: void 0,
			__v: null == o ? ++u$3 : o,
			__i: -1,
			__u: 0
		};
		return null == o && null != l$2.vnode && l$2.vnode(e), e;
	}
	function S$1(n) {
		return n.children;
	}
	function C$1(n, l) {
		this.props = n, this.context = l;
	}
	function $(n, l) {
		if (null == l) return n.__ ? $(n.__, n.__i + 1) : null;
		for (var u; l < n.__k.length; l++) if (null != (u = n.__k[l]) && null != u.__e) return u.__e;
		return "function" == typeof n.type ? $(n) : null;
	}
	function I(n) {
		if (n.__P && n.__d) {
			var u = n.__v, t = u.__e, i = [], r = [], o = m$3({}, u);
			o.__v = u.__v + 1, l$2.vnode && l$2.vnode(o), q(n.__P, o, u, n.__n, n.__P.namespaceURI, 32 & u.__u ? [t] : null, i, null == t ? $(u) : t, !!(32 & u.__u), r), o.__v = u.__v, o.__.__k[o.__i] = o, D(i, o, r), u.__e = u.__ = null, o.__e != t && P(o);
		}
	}
	function P(n) {
		if (null != (n = n.__) && null != n.__c) return n.__e = n.__c.base = null, n.__k.some(function(l) {
			if (null != l && null != l.__e) return n.__e = n.__c.base = l.__e;
		}), P(n);
	}
	function A$2(n) {
		(!n.__d && (n.__d = !0) && i$3.push(n) && !H.__r++ || r$2 != l$2.debounceRendering) && ((r$2 = l$2.debounceRendering) || o$2)(H);
	}
	function H() {
		try {
			for (var n, l = 1; i$3.length;) i$3.length > l && i$3.sort(e$2), n = i$3.shift(), l = i$3.length, I(n);
		} finally {
			i$3.length = H.__r = 0;
		}
	}
	function L(n, l, u, t, i, r, o, e, f, c, a) {
		var s, h, p, v, y, _, g = t && t.__k || w$3, m = l.length;
		for (f = T$1(u, l, g, f, m), s = 0; s < m; s++) null != (p = u.__k[s]) && (h = -1 != p.__i && g[p.__i] || d$2, p.__i = s, _ = q(n, p, h, i, r, o, e, f, c, a), v = p.__e, p.ref && h.ref != p.ref && (h.ref && J(h.ref, null, p), a.push(p.ref, p.__c || v, p)), null == y && null != v && (y = v), 4 & p.__u ? (f = j$2(p, f, n), h.__e && (h.__e = null)) : "function" == typeof p.type && void 0 !== _ ? f = _ : v && (f = v.nextSibling), p.__u &= -7);
		return u.__e = y, f;
	}
	function T$1(n, l, u, t, i) {
		var r, o, e, f, c, a = u.length, s = a, h = 0;
		for (n.__k = new Array(i), r = 0; r < i; r++) null != (o = l[r]) && "boolean" != typeof o && "function" != typeof o ? ("string" == typeof o || "number" == typeof o || "bigint" == typeof o || o.constructor == String ? o = n.__k[r] = x$1(null, o, null, null, null) : g$2(o) ? o = n.__k[r] = x$1(S$1, { children: o }, null, null, null) : void 0 === o.constructor && o.__b > 0 ? o = n.__k[r] = x$1(o.type, o.props, o.key, o.ref ? o.ref : null, o.__v) : n.__k[r] = o, f = r + h, o.__ = n, o.__b = n.__b + 1, e = null, -1 != (c = o.__i = O$1(o, u, f, s)) && (s--, (e = u[c]) && (e.__u |= 2)), null == e || null == e.__v ? (-1 == c && (i > a ? h-- : i < a && h++), "function" != typeof o.type && (o.__u |= 4)) : c != f && (c == f - 1 ? h-- : c == f + 1 ? h++ : (c > f ? h-- : h++, o.__u |= 4))) : n.__k[r] = null;
		if (s) for (r = 0; r < a; r++) null != (e = u[r]) && 0 == (2 & e.__u) && (e.__e == t && (t = $(e)), K(e, e));
		return t;
	}
	function j$2(n, l, u) {
		var t, i;
		if ("function" == typeof n.type) {
			for (t = n.__k, i = 0; t && i < t.length; i++) t[i] && (t[i].__ = n, l = j$2(t[i], l, u));
			return l;
		}
		n.__e != l && (l && n.type && !l.parentNode && (l = $(n)), l = u.insertBefore(n.__e, l || null));
		do
			l = l && l.nextSibling;
		while (null != l && 8 == l.nodeType);
		return l;
	}
	function O$1(n, l, u, t) {
		var i, r, o, e = n.key, f = n.type, c = l[u], a = null != c && 0 == (2 & c.__u);
		if (null === c && null == e || a && e == c.key && f == c.type) return u;
		if (t > (a ? 1 : 0)) {
			for (i = u - 1, r = u + 1; i >= 0 || r < l.length;) if (null != (c = l[o = i >= 0 ? i-- : r++]) && 0 == (2 & c.__u) && e == c.key && f == c.type) return o;
		}
		return -1;
	}
	function z$1(n, l, u) {
		"-" == l[0] ? n.setProperty(l, null == u ? "" : u) : n[l] = null == u ? "" : "number" != typeof u || _$1.test(l) ? u : u + "px";
	}
	function N(n, l, u, t, i) {
		var r, o;
		n: if ("style" == l) if ("string" == typeof u) n.style.cssText = u;
		else {
			if ("string" == typeof t && (n.style.cssText = t = ""), t) for (l in t) u && l in u || z$1(n.style, l, "");
			if (u) for (l in u) t && u[l] == t[l] || z$1(n.style, l, u[l]);
		}
		else if ("o" == l[0] && "n" == l[1]) r = l != (l = l.replace(s$2, "$1")), o = l.toLowerCase(), l = o in n || "onFocusOut" == l || "onFocusIn" == l ? o.slice(2) : l.slice(2), n.l || (n.l = {}), n.l[l + r] = u, u ? t ? u[a$2] = t[a$2] : (u[a$2] = h$2, n.addEventListener(l, r ? v$2 : p$3, r)) : n.removeEventListener(l, r ? v$2 : p$3, r);
		else {
			if ("http://www.w3.org/2000/svg" == i) l = l.replace(/xlink(H|:h)/, "h").replace(/sName$/, "s");
			else if ("width" != l && "height" != l && "href" != l && "list" != l && "form" != l && "tabIndex" != l && "download" != l && "rowSpan" != l && "colSpan" != l && "role" != l && "popover" != l && l in n) try {
				n[l] = null == u ? "" : u;
				break n;
			} catch (n) {}
			"function" == typeof u || (null == u || !1 === u && "-" != l[4] ? n.removeAttribute(l) : n.setAttribute(l, "popover" == l && 1 == u ? "" : u));
		}
	}
	function V(n) {
		return function(u) {
			if (this.l) {
				var t = this.l[u.type + n];
				if (null == u[c$2]) u[c$2] = h$2++;
				else if (u[c$2] < t[a$2]) return;
				return t(l$2.event ? l$2.event(u) : u);
			}
		};
	}
	function q(n, u, t, i, r, o, e, f, c, a) {
		var s, h, p, v, y, d, _, k, x, M, I, P, A, H, T, j, F = u.type;
		if (void 0 !== u.constructor) return null;
		128 & t.__u && (c = !!(32 & t.__u), o = [f = u.__e = t.__e]), (s = l$2.__b) && s(u);
		n: if ("function" == typeof F) {
			h = e.length;
			try {
				if (x = u.props, M = F.prototype && F.prototype.render, I = (s = F.contextType) && i[s.__c], P = s ? I ? I.props.value : s.__ : i, t.__c ? k = (p = u.__c = t.__c).__ = p.__E : (M ? u.__c = p = new F(x, P) : (u.__c = p = new C$1(x, P), p.constructor = F, p.render = Q), I && I.sub(p), p.state || (p.state = {}), p.__n = i, v = p.__d = !0, p.__h = [], p._sb = []), M && null == p.__s && (p.__s = p.state), M && null != F.getDerivedStateFromProps && (p.__s == p.state && (p.__s = m$3({}, p.__s)), m$3(p.__s, F.getDerivedStateFromProps(x, p.__s))), y = p.props, d = p.state, p.__v = u, v) M && null == F.getDerivedStateFromProps && null != p.componentWillMount && p.componentWillMount(), M && null != p.componentDidMount && p.__h.push(p.componentDidMount);
				else {
					if (M && null == F.getDerivedStateFromProps && x !== y && null != p.componentWillReceiveProps && p.componentWillReceiveProps(x, P), u.__v == t.__v || !p.__e && null != p.shouldComponentUpdate && !1 === p.shouldComponentUpdate(x, p.__s, P)) {
						u.__v != t.__v && (p.props = x, p.state = p.__s, p.__d = !1), u.__e = t.__e, u.__k = t.__k, u.__k.some(function(n) {
							n && (n.__ = u);
						}), w$3.push.apply(p.__h, p._sb), p._sb = [], p.__h.length && e.push(p), f = $(t);
						break n;
					}
					null != p.componentWillUpdate && p.componentWillUpdate(x, p.__s, P), M && null != p.componentDidUpdate && p.__h.push(function() {
						p.componentDidUpdate(y, d, _);
					});
				}
				if (p.context = P, p.props = x, p.__P = n, p.__e = !1, A = l$2.__r, H = 0, M) p.state = p.__s, p.__d = !1, A && A(u), s = p.render(p.props, p.state, p.context), w$3.push.apply(p.__h, p._sb), p._sb = [];
				else do
					p.__d = !1, A && A(u), s = p.render(p.props, p.state, p.context), p.state = p.__s;
				while (p.__d && ++H < 25);
				p.state = p.__s, null != p.getChildContext && (i = m$3(m$3({}, i), p.getChildContext())), M && !v && null != p.getSnapshotBeforeUpdate && (_ = p.getSnapshotBeforeUpdate(y, d)), T = null != s && s.type === S$1 && null == s.key ? E(s.props.children) : s, f = L(n, g$2(T) ? T : [T], u, t, i, r, o, e, f, c, a), p.base = u.__e, u.__u &= -161, p.__h.length && e.push(p), k && (p.__E = p.__ = null);
			} catch (n) {
				if (e.length = h, u.__v = null, c || null != o) {
					if (n.then) {
						for (u.__u |= c ? 160 : 128; f && 8 == f.nodeType && f.nextSibling;) f = f.nextSibling;
						null != o && (o[o.indexOf(f)] = null), u.__e = f;
					} else if (null != o) for (j = o.length; j--;) b$2(o[j]);
				} else u.__e = t.__e;
				u.__k ??= t.__k || [], n.then || B$1(u), l$2.__e(n, u, t);
			}
		} else null == o && u.__v == t.__v ? (u.__k = t.__k, u.__e = t.__e) : f = u.__e = G(t.__e, u, t, i, r, o, e, c, a);
		return (s = l$2.diffed) && s(u), 128 & u.__u ? void 0 : f;
	}
	function B$1(n) {
		n && (n.__c && (n.__c.__e = !0), n.__k && n.__k.some(B$1));
	}
	function D(n, u, t) {
		for (var i = 0; i < t.length; i++) J(t[i], t[++i], t[++i]);
		l$2.__c && l$2.__c(u, n), n.some(function(u) {
			try {
				n = u.__h, u.__h = [], n.some(function(n) {
					n.call(u);
				});
			} catch (n) {
				l$2.__e(n, u.__v);
			}
		});
	}
	function E(n) {
		return "object" != typeof n || null == n || n.__b > 0 ? n : g$2(n) ? n.map(E) : void 0 !== n.constructor ? null : m$3({}, n);
	}
	function G(u, t, i, r, o, e, f, c, a) {
		var s, h, p, v, y, w, _, m = i.props || d$2, k = t.props, x = t.type;
		if ("svg" == x ? o = "http://www.w3.org/2000/svg" : "math" == x ? o = "http://www.w3.org/1998/Math/MathML" : o || (o = "http://www.w3.org/1999/xhtml"), null != e) {
			for (s = 0; s < e.length; s++) if ((y = e[s]) && "setAttribute" in y == !!x && (x ? y.localName == x : 3 == y.nodeType)) {
				u = y, e[s] = null;
				break;
			}
		}
		if (null == u) {
			if (null == x) return document.createTextNode(k);
			u = document.createElementNS(o, x, k.is && k), c && (l$2.__m && l$2.__m(t, e), c = !1), e = null;
		}
		if (null == x) m === k || c && u.data == k || (u.data = k);
		else {
			if (e = "textarea" == x && null != k.defaultValue ? null : e && n$1.call(u.childNodes), !c && null != e) for (m = {}, s = 0; s < u.attributes.length; s++) m[(y = u.attributes[s]).name] = y.value;
			for (s in m) y = m[s], "dangerouslySetInnerHTML" == s ? p = y : "children" == s || s in k || "value" == s && "defaultValue" in k || "checked" == s && "defaultChecked" in k || N(u, s, null, y, o);
			for (s in k) y = k[s], "children" == s ? v = y : "dangerouslySetInnerHTML" == s ? h = y : "value" == s ? w = y : "checked" == s ? _ = y : c && "function" != typeof y || m[s] === y || N(u, s, y, m[s], o);
			if (h) c || p && (h.__html == p.__html || h.__html == u.innerHTML) || (u.innerHTML = h.__html), t.__k = [];
			else if (p && (u.innerHTML = ""), L("template" == t.type ? u.content : u, g$2(v) ? v : [v], t, i, r, "foreignObject" == x ? "http://www.w3.org/1999/xhtml" : o, e, f, e ? e[0] : i.__k && $(i, 0), c, a), null != e) for (s = e.length; s--;) b$2(e[s]);
			c && "textarea" != x || (s = "value", "progress" == x && null == w ? u.removeAttribute("value") : null != w && (w !== u[s] || "progress" == x && !w || "option" == x && w != m[s]) && N(u, s, w, m[s], o), s = "checked", null != _ && _ != u[s] && N(u, s, _, m[s], o));
		}
		return u;
	}
	function J(n, u, t) {
		try {
			if ("function" == typeof n) {
				var i = "function" == typeof n.__u;
				i && n.__u(), i && null == u || (n.__u = n(u));
			} else n.current = u;
		} catch (n) {
			l$2.__e(n, t);
		}
	}
	function K(n, u, t) {
		var i, r;
		if (l$2.unmount && l$2.unmount(n), (i = n.ref) && (i.current && i.current != n.__e || J(i, null, u)), null != (i = n.__c)) {
			if (i.componentWillUnmount) try {
				i.componentWillUnmount();
			} catch (n) {
				l$2.__e(n, u);
			}
			i.base = i.__P = i.__n = null;
		}
		if (i = n.__k) for (r = 0; r < i.length; r++) i[r] && K(i[r], u, t || "function" != typeof n.type);
		t || b$2(n.__e), n.__c = n.__ = n.__e = void 0;
	}
	function Q(n, l, u) {
		return this.constructor(n, u);
	}
	function R(u, t, i) {
		var r, o, e, f;
		t == document && (t = document.documentElement), l$2.__ && l$2.__(u, t), o = (r = "function" == typeof i) ? null : i && i.__k || t.__k, e = [], f = [], q(t, u = (!r && i || t).__k = k$2(S$1, null, [u]), o || d$2, d$2, t.namespaceURI, !r && i ? [i] : o ? null : t.firstChild ? n$1.call(t.childNodes) : null, e, !r && i ? i : o ? o.__e : t.firstChild, r, f), D(e, u, f), u.props.children = null;
	}
	n$1 = w$3.slice, l$2 = { __e: function(n, l, u, t) {
		for (var i, r, o; l = l.__;) if ((i = l.__c) && !i.__) try {
			if ((r = i.constructor) && null != r.getDerivedStateFromError && (i.setState(r.getDerivedStateFromError(n)), o = i.__d), null != i.componentDidCatch && (i.componentDidCatch(n, t || {}), o = i.__d), o) return i.__E = i;
		} catch (l) {
			n = l;
		}
		throw n;
	} }, u$3 = 0, t$2 = function(n) {
		return null != n && void 0 === n.constructor;
	}, C$1.prototype.setState = function(n, l) {
		var u = null != this.__s && this.__s != this.state ? this.__s : this.__s = m$3({}, this.state);
		"function" == typeof n && (n = n(m$3({}, u), this.props)), n && m$3(u, n), null != n && this.__v && (l && this._sb.push(l), A$2(this));
	}, C$1.prototype.forceUpdate = function(n) {
		this.__v && (this.__e = !0, n && this.__h.push(n), A$2(this));
	}, C$1.prototype.render = S$1, i$3 = [], o$2 = "function" == typeof Promise ? Promise.prototype.then.bind(Promise.resolve()) : setTimeout, e$2 = function(n, l) {
		return n.__v.__b - l.__v.__b;
	}, H.__r = 0, f$3 = Math.random().toString(8), c$2 = "__d" + f$3, a$2 = "__a" + f$3, s$2 = /(PointerCapture)$|Capture$/i, h$2 = 0, p$3 = V(!1), v$2 = V(!0);
	// node_modules/preact/hooks/dist/hooks.module.js
	var t$1;
	var r$1;
	var u$2;
	var i$2;
	var o$1 = 0;
	var f$2 = [];
	var c$1 = l$2;
	var e$1 = c$1.__b;
	var a$1 = c$1.__r;
	var v$1 = c$1.diffed;
	var l$1 = c$1.__c;
	var m$2 = c$1.unmount;
	var p$2 = c$1.__;
	function s$1(n, t) {
		c$1.__h && c$1.__h(r$1, n, o$1 || t), o$1 = 0;
		var u = r$1.__H || (r$1.__H = {
			__: [],
			__h: []
		});
		return n >= u.__.length && u.__.push({}), u.__[n];
	}
	function A$1(n) {
		return o$1 = 5, T(function() {
			return { current: n };
		}, []);
	}
	function T(n, r) {
		var u = s$1(t$1++, 7);
		return C(u.__H, r) && (u.__ = n(), u.__H = r, u.__h = n), u.__;
	}
	function j$1() {
		for (var n; n = f$2.shift();) {
			var t = n.__H;
			if (n.__P && t) try {
				t.__h.some(z), t.__h.some(B), t.__h = [];
			} catch (r) {
				t.__h = [], c$1.__e(r, n.__v);
			}
		}
	}
	c$1.__b = function(n) {
		r$1 = null, e$1 && e$1(n);
	}, c$1.__ = function(n, t) {
		n && t.__k && t.__k.__m && (n.__m = t.__k.__m), p$2 && p$2(n, t);
	}, c$1.__r = function(n) {
		a$1 && a$1(n), t$1 = 0;
		var i = (r$1 = n.__c).__H;
		i && (u$2 === r$1 ? (i.__h = [], r$1.__h = [], i.__.some(function(n) {
			n.__N && (n.__ = n.__N), n.u = n.__N = void 0;
		})) : (i.__h.some(z), i.__h.some(B), i.__h = [], t$1 = 0)), u$2 = r$1;
	}, c$1.diffed = function(n) {
		v$1 && v$1(n);
		var t = n.__c;
		t && t.__H && (t.__H.__h.length && (1 !== f$2.push(t) && i$2 === c$1.requestAnimationFrame || ((i$2 = c$1.requestAnimationFrame) || w$2)(j$1)), t.__H.__.some(function(n) {
			n.u && (n.__H = n.u, n.u = void 0);
		})), u$2 = r$1 = null;
	}, c$1.__c = function(n, t) {
		t.some(function(n) {
			try {
				n.__h.some(z), n.__h = n.__h.filter(function(n) {
					return !n.__ || B(n);
				});
			} catch (r) {
				t.some(function(n) {
					n.__h && (n.__h = []);
				}), t = [], c$1.__e(r, n.__v);
			}
		}), l$1 && l$1(n, t);
	}, c$1.unmount = function(n) {
		m$2 && m$2(n);
		var t, r = n.__c;
		r && r.__H && (r.__H.__.some(function(n) {
			try {
				z(n);
			} catch (n) {
				t = n;
			}
		}), r.__H = void 0, t && c$1.__e(t, r.__v));
	};
	var k$1 = "function" == typeof requestAnimationFrame;
	function w$2(n) {
		var t, r = function() {
			clearTimeout(u), k$1 && cancelAnimationFrame(t), setTimeout(n);
		}, u = setTimeout(r, 35);
		k$1 && (t = requestAnimationFrame(r));
	}
	function z(n) {
		var t = r$1, u = n.__c;
		"function" == typeof u && (n.__c = void 0, u()), r$1 = t;
	}
	function B(n) {
		var t = r$1;
		n.__c = n.__(), r$1 = t;
	}
	function C(n, t) {
		return !n || n.length !== t.length || t.some(function(t, r) {
			return t !== n[r];
		});
	}
	// node_modules/@preact/signals-core/dist/signals-core.module.js
	var i$1 = Symbol.for("preact-signals");
	function t() {
		if (!(v > 1)) {
			var i, t = !1;
			(function() {
				var i = c;
				c = void 0;
				while (void 0 !== i) {
					var t = i.S;
					if (t.v === i.v) {
						for (var r = t.t; void 0 !== r; r = r.x) if (r.i === i.i) r.i = t.i;
					}
					i = i.o;
				}
			})();
			while (void 0 !== h$1) {
				var r = h$1;
				h$1 = void 0;
				s++;
				while (void 0 !== r) {
					var n = r.u;
					r.u = void 0;
					r.f &= -3;
					if (!(8 & r.f) && w$1(r)) try {
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
			s = 0;
			v--;
			if (t) throw i;
		} else v--;
	}
	function r(i) {
		if (v > 0) return i();
		u$1 = ++e;
		v++;
		try {
			return i();
		} finally {
			t();
		}
	}
	var n;
	var o = void 0;
	function f$1(i) {
		var t = o, r = n;
		o = void 0;
		n = void 0;
		try {
			return i();
		} finally {
			o = t;
			n = r;
		}
	}
	var h$1 = void 0;
	var v = 0;
	var s = 0;
	var e = 0;
	var u$1 = 0;
	var c = void 0;
	var a = 0;
	function d$1(i) {
		if (void 0 !== o) {
			var t = i.n;
			if (void 0 === t || t.t !== o) {
				t = {
					i: 0,
					S: i,
					p: o.s,
					n: void 0,
					t: o,
					e: void 0,
					x: void 0,
					r: t
				};
				if (void 0 !== o.s) o.s.n = t;
				o.s = t;
				i.n = t;
				if (32 & o.f) i.S(t);
				return t;
			} else if (-1 === t.i) {
				t.i = 0;
				if (void 0 !== t.n) {
					t.n.p = t.p;
					if (void 0 !== t.p) t.p.n = t.n;
					t.p = o.s;
					t.n = void 0;
					o.s.n = t;
					o.s = t;
				}
				return t;
			}
		}
	}
	function l(i, t) {
		this.v = i;
		this.i = 0;
		this.n = void 0;
		this.t = void 0;
		this.l = 0;
		this.W = null == t ? void 0 : t.watched;
		this.Z = null == t ? void 0 : t.unwatched;
		this.name = null == t ? void 0 : t.name;
	}
	l.prototype.brand = i$1;
	l.prototype.h = function() {
		return !0;
	};
	l.prototype.S = function(i) {
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
	l.prototype.U = function(i) {
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
	l.prototype.subscribe = function(i) {
		var t = this;
		return x(function() {
			var r = t.value;
			f$1(function() {
				return i(r);
			});
		}, { name: "sub" });
	};
	l.prototype.valueOf = function() {
		return this.value;
	};
	l.prototype.toString = function() {
		return this.value + "";
	};
	l.prototype.toJSON = function() {
		return this.value;
	};
	l.prototype.peek = function() {
		var i = this;
		return f$1(function() {
			return i.value;
		});
	};
	Object.defineProperty(l.prototype, "value", {
		get: function() {
			var i = d$1(this);
			if (void 0 !== i) i.i = this.i;
			return this.v;
		},
		set: function(i) {
			if (i !== this.v) {
				if (s > 100) throw new Error("Cycle detected");
				(function(i) {
					if (0 !== v && 0 === s) {
						if (i.l !== u$1) {
							i.l = u$1;
							c = {
								S: i,
								v: i.v,
								i: i.i,
								o: c
							};
						}
					}
				})(this);
				this.v = i;
				this.i++;
				a++;
				v++;
				try {
					for (var r = this.t; void 0 !== r; r = r.x) r.t.N();
				} finally {
					t();
				}
			}
		}
	});
	function y$1(i, t) {
		return new l(i, t);
	}
	function w$1(i) {
		for (var t = i.s; void 0 !== t; t = t.n) if (t.S.i !== t.i || !t.S.h() || t.S.i !== t.i) return !0;
		return !1;
	}
	function b$1(i) {
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
	function _(i) {
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
	function j(i, t) {
		l.call(this, void 0, t);
		this.x = i;
		this.s = void 0;
		this.g = a - 1;
		this.f = 4;
	}
	j.prototype = new l();
	j.prototype.h = function() {
		this.f &= -3;
		if (1 & this.f) return !1;
		if (32 == (36 & this.f)) return !0;
		this.f &= -5;
		if (this.g === a) return !0;
		this.g = a;
		this.f |= 1;
		if (this.i > 0 && !w$1(this)) {
			this.f &= -2;
			return !0;
		}
		var i = o;
		try {
			b$1(this);
			o = this;
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
		o = i;
		_(this);
		this.f &= -2;
		return !0;
	};
	j.prototype.S = function(i) {
		if (void 0 === this.t) {
			this.f |= 36;
			for (var t = this.s; void 0 !== t; t = t.n) t.S.S(t);
		}
		l.prototype.S.call(this, i);
	};
	j.prototype.U = function(i) {
		if (void 0 !== this.t) {
			l.prototype.U.call(this, i);
			if (void 0 === this.t) {
				this.f &= -33;
				for (var t = this.s; void 0 !== t; t = t.n) t.S.U(t);
			}
		}
	};
	j.prototype.N = function() {
		if (!(2 & this.f)) {
			this.f |= 6;
			for (var i = this.t; void 0 !== i; i = i.x) i.t.N();
		}
	};
	Object.defineProperty(j.prototype, "value", { get: function() {
		if (1 & this.f) throw new Error("Cycle detected");
		var i = d$1(this);
		this.h();
		if (void 0 !== i) i.i = this.i;
		if (16 & this.f) throw this.v;
		return this.v;
	} });
	function O(i, t) {
		return new j(i, t);
	}
	function p$1(i) {
		var r = i.j;
		i.j = void 0;
		if ("function" == typeof r) {
			v++;
			var n = o;
			o = void 0;
			try {
				r();
			} catch (t) {
				i.f &= -2;
				i.f |= 8;
				g$1(i);
				throw t;
			} finally {
				o = n;
				t();
			}
		}
	}
	function g$1(i) {
		for (var t = i.s; void 0 !== t; t = t.n) t.S.U(t);
		i.x = void 0;
		i.s = void 0;
		p$1(i);
	}
	function S(i) {
		if (o !== this) throw new Error("Out-of-order effect");
		_(this);
		o = i;
		this.f &= -2;
		try {
			if (8 & this.f) g$1(this);
		} finally {
			t();
		}
	}
	function m$1(i, t) {
		this.x = i;
		this.j = void 0;
		this.s = void 0;
		this.u = void 0;
		this.f = 32;
		this.name = null == t ? void 0 : t.name;
		if (n) n.push(this);
	}
	m$1.prototype.c = function() {
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
	m$1.prototype.S = function() {
		if (1 & this.f) throw new Error("Cycle detected");
		this.f |= 1;
		this.f &= -9;
		p$1(this);
		b$1(this);
		v++;
		var i = o;
		o = this;
		return S.bind(this, i);
	};
	m$1.prototype.N = function() {
		if (!(2 & this.f)) {
			this.f |= 2;
			this.u = h$1;
			h$1 = this;
		}
	};
	m$1.prototype.d = function() {
		this.f |= 8;
		if (!(1 & this.f)) g$1(this);
	};
	m$1.prototype.dispose = function() {
		this.d();
	};
	function x(i, t) {
		var r = new m$1(i, t);
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
	var h;
	var d;
	var p;
	var m = "undefined" != typeof window && !!window.__PREACT_SIGNALS_DEVTOOLS__;
	var g = [];
	x(function() {
		h = this.N;
	})();
	function b(i, n) {
		l$2[i] = n.bind(null, l$2[i] || function() {});
	}
	function y(i) {
		if (p) {
			var n = p;
			p = void 0;
			n();
		}
		p = i && i.S();
	}
	function w(i) {
		var n = this, r = i.data, t = useSignal(r);
		t.name = "ReactiveDom";
		t.value = r;
		var e = T(function() {
			var i = n, r = n.__v;
			while (r = r.__) if (r.__c) {
				r.__c.__$f |= 4;
				break;
			}
			var o = O(function() {
				var i = t.value.value;
				return 0 === i ? 0 : !0 === i ? "" : i || "";
			}), e = O(function() {
				return !Array.isArray(o.value) && !t$2(o.value);
			}), u = x(function() {
				this.N = M;
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
	w.displayName = "ReactiveTextNode";
	Object.defineProperties(l.prototype, {
		constructor: {
			configurable: !0,
			value: k$2(S$1, null).constructor
		},
		type: {
			configurable: !0,
			value: w
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
	b("__b", function(i, n) {
		y();
		d = void 0;
		if ("string" == typeof n.type) {
			var r, t = n.props;
			for (var f in t) if ("children" !== f) {
				var o = t[f];
				if (o instanceof l) {
					if (!r) n.__np = r = {};
					r[f] = o;
					t[f] = o.peek();
				}
			}
		}
		i(n);
	});
	b("__r", function(i, r) {
		i(r);
		if (r.type !== S$1) {
			y();
			var t, f = r.__c;
			if (f) {
				f.__$f &= -2;
				if (void 0 === (t = f.__$u)) f.__$u = t = function(i, n) {
					var r;
					x(function() {
						r = this;
					}, { name: n });
					r.c = i;
					return r;
				}(function(i) {
					return function() {
						var n;
						if (m) null == (n = this.y) || n.call(this);
						i.__$f |= 1;
						i.setState({});
					};
				}(f), "function" == typeof r.type ? r.type.displayName || r.type.name : "");
			}
			d = f;
			y(t);
		}
	});
	b("__e", function(i, n, r, t) {
		y();
		d = void 0;
		i(n, r, t);
	});
	b("diffed", function(i, n) {
		y();
		d = void 0;
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
						c = k(r, a, v, f);
						o[a] = c;
					} else c.o(v, f);
				}
			}
		}
		i(n);
	});
	function k(i, n, r, t) {
		var f = n in i && void 0 === i.ownerSVGElement, o = y$1(r);
		return {
			o: function(i, n) {
				o.value = i;
				t = n;
			},
			d: x(function() {
				this.N = M;
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
	b("unmount", function(i, n) {
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
	b("__h", function(i, n, r, t) {
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
		return T(function() {
			return y$1(i, n);
		}, []);
	}
	function useComputed(i, n) {
		var r = A$1(i);
		r.current = i;
		d.__$f |= 4;
		return T(function() {
			return O(function() {
				return r.current();
			}, n);
		}, []);
	}
	var A = function(i) {
		queueMicrotask(function() {
			queueMicrotask(i);
		});
	};
	function F() {
		r(function() {
			var i;
			while (i = g.shift()) h.call(i);
		});
	}
	function M() {
		if (1 === g.push(this)) (l$2.requestAnimationFrame || A)(F);
	}
	// node_modules/wxt/dist/utils/internal/logger.mjs
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger$1 = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	// node_modules/many-keys-map/index.js
	var nullKey = Symbol("null");
	var keyCounter = 0;
	var ManyKeysMap = class extends Map {
		constructor(...arguments_) {
			super();
			this._objectHashes = /* @__PURE__ */ new WeakMap();
			this._symbolHashes = /* @__PURE__ */ new Map();
			this._publicKeys = /* @__PURE__ */ new Map();
			const [pairs] = arguments_;
			if (pairs === null || pairs === void 0) return;
			if (typeof pairs[Symbol.iterator] !== "function") throw new TypeError(typeof pairs + " is not iterable (cannot read property Symbol(Symbol.iterator))");
			for (const [keys, value] of pairs) this.set(keys, value);
		}
		_getPublicKeys(keys, create = false) {
			if (!Array.isArray(keys)) throw new TypeError("The keys parameter must be an array");
			const privateKey = this._getPrivateKey(keys, create);
			let publicKey;
			if (privateKey && this._publicKeys.has(privateKey)) publicKey = this._publicKeys.get(privateKey);
			else if (create) {
				publicKey = [...keys];
				this._publicKeys.set(privateKey, publicKey);
			}
			return {
				privateKey,
				publicKey
			};
		}
		_getPrivateKey(keys, create = false) {
			const privateKeys = [];
			for (const key of keys) {
				const keyToPass = key === null ? nullKey : key;
				let hashes;
				if (typeof keyToPass === "object" || typeof keyToPass === "function") hashes = "_objectHashes";
				else if (typeof keyToPass === "symbol") hashes = "_symbolHashes";
				else hashes = false;
				if (!hashes) privateKeys.push(keyToPass);
				else if (this[hashes].has(keyToPass)) privateKeys.push(this[hashes].get(keyToPass));
				else if (create) {
					const privateKey = `@@mkm-ref-${keyCounter++}@@`;
					this[hashes].set(keyToPass, privateKey);
					privateKeys.push(privateKey);
				} else return false;
			}
			return JSON.stringify(privateKeys);
		}
		set(keys, value) {
			const { publicKey } = this._getPublicKeys(keys, true);
			return super.set(publicKey, value);
		}
		get(keys) {
			const { publicKey } = this._getPublicKeys(keys);
			return super.get(publicKey);
		}
		has(keys) {
			const { publicKey } = this._getPublicKeys(keys);
			return super.has(publicKey);
		}
		delete(keys) {
			const { publicKey, privateKey } = this._getPublicKeys(keys);
			return Boolean(publicKey && super.delete(publicKey) && this._publicKeys.delete(privateKey));
		}
		clear() {
			super.clear();
			this._symbolHashes.clear();
			this._publicKeys.clear();
		}
		get [Symbol.toStringTag]() {
			return "ManyKeysMap";
		}
		get size() {
			return super.size;
		}
	};
	// node_modules/defu/dist/defu.mjs
	function isPlainObject(value) {
		if (value === null || typeof value !== "object") return false;
		const prototype = Object.getPrototypeOf(value);
		if (prototype !== null && prototype !== Object.prototype && Object.getPrototypeOf(prototype) !== null) return false;
		if (Symbol.iterator in value) return false;
		if (Symbol.toStringTag in value) return Object.prototype.toString.call(value) === "[object Module]";
		return true;
	}
	function _defu(baseObject, defaults, namespace = ".", merger) {
		if (!isPlainObject(defaults)) return _defu(baseObject, {}, namespace, merger);
		const object = { ...defaults };
		for (const key of Object.keys(baseObject)) {
			if (key === "__proto__" || key === "constructor") continue;
			const value = baseObject[key];
			if (value === null || value === void 0) continue;
			if (merger && merger(object, key, value, namespace)) continue;
			if (Array.isArray(value) && Array.isArray(object[key])) object[key] = [...value, ...object[key]];
			else if (isPlainObject(value) && isPlainObject(object[key])) object[key] = _defu(value, object[key], (namespace ? `${namespace}.` : "") + key.toString(), merger);
			else object[key] = value;
		}
		return object;
	}
	function createDefu(merger) {
		return (...arguments_) => arguments_.reduce((p, c) => _defu(p, c, "", merger), {});
	}
	var defu = createDefu();
	// node_modules/@1natsu/wait-element/dist/detectors.mjs
	var isExist = (element) => {
		return element !== null ? {
			isDetected: true,
			result: element
		} : { isDetected: false };
	};
	var isNotExist = (element) => {
		return element === null ? {
			isDetected: true,
			result: null
		} : { isDetected: false };
	};
	// node_modules/@1natsu/wait-element/dist/index.mjs
	var getDefaultOptions = () => ({
		target: globalThis.document,
		unifyProcess: true,
		detector: isExist,
		observeConfigs: {
			childList: true,
			subtree: true,
			attributes: true
		},
		signal: void 0,
		customMatcher: void 0
	});
	var mergeOptions = (userSideOptions, defaultOptions) => {
		return defu(userSideOptions, defaultOptions);
	};
	var unifyCache = new ManyKeysMap();
	function createWaitElement(instanceOptions) {
		const { defaultOptions } = instanceOptions;
		return (selector, options) => {
			const { target, unifyProcess, observeConfigs, detector, signal, customMatcher } = mergeOptions(options, defaultOptions);
			const unifyPromiseKey = [
				selector,
				target,
				unifyProcess,
				observeConfigs,
				detector,
				signal,
				customMatcher
			];
			const cachedPromise = unifyCache.get(unifyPromiseKey);
			if (unifyProcess && cachedPromise) return cachedPromise;
			const detectPromise = new Promise(async (resolve, reject) => {
				if (signal?.aborted) return reject(signal.reason);
				const observer = new MutationObserver(async (mutations) => {
					for (const _ of mutations) {
						if (signal?.aborted) {
							observer.disconnect();
							break;
						}
						const detectResult2 = await detectElement({
							selector,
							target,
							detector,
							customMatcher
						});
						if (detectResult2.isDetected) {
							observer.disconnect();
							resolve(detectResult2.result);
							break;
						}
					}
				});
				signal?.addEventListener("abort", () => {
					observer.disconnect();
					return reject(signal.reason);
				}, { once: true });
				const detectResult = await detectElement({
					selector,
					target,
					detector,
					customMatcher
				});
				if (detectResult.isDetected) return resolve(detectResult.result);
				observer.observe(target, observeConfigs);
			}).finally(() => {
				unifyCache.delete(unifyPromiseKey);
			});
			unifyCache.set(unifyPromiseKey, detectPromise);
			return detectPromise;
		};
	}
	async function detectElement({ target, selector, detector, customMatcher }) {
		return await detector(customMatcher ? customMatcher(selector) : target.querySelector(selector));
	}
	var waitElement = createWaitElement({ defaultOptions: getDefaultOptions() });
	// node_modules/wxt/dist/utils/content-script-ui/shared.mjs
	function applyPosition(root, positionedElement, options) {
		if (options.position === "inline") return;
		if (options.zIndex != null) root.style.zIndex = String(options.zIndex);
		root.style.overflow = "visible";
		root.style.position = "relative";
		root.style.width = "0";
		root.style.height = "0";
		root.style.display = "block";
		if (positionedElement) if (options.position === "overlay") {
			positionedElement.style.position = "absolute";
			if (options.alignment?.startsWith("bottom-")) positionedElement.style.bottom = "0";
			else positionedElement.style.top = "0";
			if (options.alignment?.endsWith("-right")) positionedElement.style.right = "0";
			else positionedElement.style.left = "0";
		} else {
			positionedElement.style.position = "fixed";
			positionedElement.style.top = "0";
			positionedElement.style.bottom = "0";
			positionedElement.style.left = "0";
			positionedElement.style.right = "0";
		}
	}
	function getAnchor(options) {
		if (options.anchor == null) return document.body;
		let resolved = typeof options.anchor === "function" ? options.anchor() : options.anchor;
		if (typeof resolved === "string") if (resolved.startsWith("/")) return document.evaluate(resolved, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue ?? void 0;
		else return document.querySelector(resolved) ?? void 0;
		return resolved ?? void 0;
	}
	function mountUi(root, options) {
		const anchor = getAnchor(options);
		if (anchor == null) throw Error("Failed to mount content script UI: could not find anchor element");
		switch (options.append) {
			case void 0:
			case "last":
				anchor.append(root);
				break;
			case "first":
				anchor.prepend(root);
				break;
			case "replace":
				anchor.replaceWith(root);
				break;
			case "after":
				anchor.parentElement?.insertBefore(root, anchor.nextElementSibling);
				break;
			case "before":
				anchor.parentElement?.insertBefore(root, anchor);
				break;
			default: options.append(anchor, root);
		}
	}
	function createMountFunctions(baseFunctions, options) {
		let autoMountInstance;
		const stopAutoMount = () => {
			autoMountInstance?.stopAutoMount();
			autoMountInstance = void 0;
		};
		const mount = () => {
			baseFunctions.mount();
		};
		const unmount = baseFunctions.remove;
		const remove = () => {
			stopAutoMount();
			baseFunctions.remove();
		};
		const autoMount = (autoMountOptions) => {
			if (autoMountInstance) logger$1.warn("autoMount is already set.");
			autoMountInstance = autoMountUi({
				mount,
				unmount,
				stopAutoMount
			}, {
				...options,
				...autoMountOptions
			});
		};
		return {
			mount,
			remove,
			autoMount
		};
	}
	function autoMountUi(uiCallbacks, options) {
		const abortController = new AbortController();
		const EXPLICIT_STOP_REASON = "explicit_stop_auto_mount";
		const _stopAutoMount = () => {
			abortController.abort(EXPLICIT_STOP_REASON);
			options.onStop?.();
		};
		let resolvedAnchor = typeof options.anchor === "function" ? options.anchor() : options.anchor;
		if (resolvedAnchor instanceof Element) throw Error("autoMount and Element anchor option cannot be combined. Avoid passing `Element` directly or `() => Element` to the anchor.");
		async function observeElement(selector) {
			let isAnchorExist = !!getAnchor(options);
			if (isAnchorExist) uiCallbacks.mount();
			while (!abortController.signal.aborted) try {
				isAnchorExist = !!await waitElement(selector ?? "body", {
					customMatcher: () => getAnchor(options) ?? null,
					detector: isAnchorExist ? isNotExist : isExist,
					signal: abortController.signal
				});
				if (isAnchorExist) uiCallbacks.mount();
				else {
					uiCallbacks.unmount();
					if (options.once) uiCallbacks.stopAutoMount();
				}
			} catch (error) {
				if (abortController.signal.aborted && abortController.signal.reason === EXPLICIT_STOP_REASON) break;
				else throw error;
			}
		}
		observeElement(resolvedAnchor);
		return { stopAutoMount: _stopAutoMount };
	}
	// node_modules/wxt/dist/utils/split-shadow-root-css.mjs
	/** @module wxt/utils/split-shadow-root-css */
	var AT_RULE_BLOCKS = /(\s*@(property|font-face)[\s\S]*?{[\s\S]*?})/gm;
	/**
	* Given a CSS string that will be loaded into a shadow root, split it into two
	* parts:
	*
	* - `documentCss`: CSS that needs to be applied to the document (like
	*   `@property`)
	* - `shadowCss`: CSS that needs to be applied to the shadow root
	*
	* @param css
	*/
	function splitShadowRootCss(css) {
		return {
			documentCss: Array.from(css.matchAll(AT_RULE_BLOCKS), (m) => m[0]).join("").trim(),
			shadowCss: css.replace(AT_RULE_BLOCKS, "").trim()
		};
	}
	// node_modules/@webext-core/isolated-element/dist/index.mjs
	var import_is_potential_custom_element_name = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
		var regex = /^[a-z](?:[\.0-9_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*-(?:[\x2D\.0-9_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*$/;
		var isPotentialCustomElementName = function(string) {
			return regex.test(string);
		};
		module.exports = isPotentialCustomElementName;
	})))(), 1);
	/**
	* Built-in elements that can have a shadow root attached to them.
	*
	* @see https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to
	*/
	var ALLOWED_SHADOW_ELEMENTS = [
		"article",
		"aside",
		"blockquote",
		"body",
		"div",
		"footer",
		"h1",
		"h2",
		"h3",
		"h4",
		"h5",
		"h6",
		"header",
		"main",
		"nav",
		"p",
		"section",
		"span"
	];
	/**
	* Create an HTML element that has isolated styles from the rest of the page.
	*
	* @example
	*   const { isolatedElement, parentElement } = createIsolatedElement({
	*     name: 'example-ui',
	*     css: { textContent: 'p { color: red }' },
	*     isolateEvents: true, // or ['keydown', 'keyup', 'keypress']
	*   });
	*
	*   // Create and mount your app inside the isolation
	*   const ui = document.createElement('p');
	*   ui.textContent = 'Example UI';
	*   isolatedElement.appendChild(ui);
	*
	*   // Add the UI to the DOM
	*   document.body.appendChild(parentElement);
	*
	* @param options
	* @returns A `parentElement` that can be added to the DOM, the `shadow` root, and an
	*   `isolatedElement` that you should mount your UI to.
	*/
	async function createIsolatedElement(options) {
		const { name, mode = "closed", css, isolateEvents = false } = options;
		if (!ALLOWED_SHADOW_ELEMENTS.includes(name) && !(0, import_is_potential_custom_element_name.default)(name)) throw Error(`"${name}" cannot have a shadow root attached to it. It must be two words and kebab-case, with a few exceptions. See https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to`);
		const parentElement = document.createElement(name);
		const shadow = parentElement.attachShadow({ mode });
		const isolatedElement = document.createElement("div");
		if (css) {
			const style = document.createElement("style");
			if ("url" in css) style.textContent = await fetch(css.url).then((res) => res.text());
			else style.textContent = css.textContent;
			shadow.appendChild(style);
		}
		shadow.appendChild(isolatedElement);
		if (isolateEvents) (Array.isArray(isolateEvents) ? isolateEvents : [
			"keydown",
			"keyup",
			"keypress"
		]).forEach((eventType) => {
			shadow.addEventListener(eventType, (e) => e.stopPropagation());
		});
		return {
			parentElement,
			shadow,
			isolatedElement
		};
	}
	// node_modules/wxt/dist/utils/content-script-ui/shadow-root.mjs
	/** @module wxt/utils/content-script-ui/shadow-root */
	/**
	* Create a content script UI inside a
	* [`ShadowRoot`](https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot).
	*
	* > This function is async because it has to load the CSS via a network call.
	*
	* @param options - Shadow root options. See {@link ContentScriptUiOptions} for
	*   shared positioning, anchoring, `append`, and removal options.
	* @see https://wxt.dev/guide/essentials/content-scripts.html#shadow-root
	*/
	async function createShadowRootUi(ctx, options) {
		const instanceId = Math.random().toString(36).substring(2, 15);
		const css = [];
		if (!options.inheritStyles) css.push(`/* WXT Shadow Root Reset */ :host{all:initial !important;}`);
		if (options.css) css.push(options.css);
		if (ctx.options?.cssInjectionMode === "ui") {
			const entryCss = await loadCss();
			css.push(entryCss.replaceAll(":root", ":host"));
		}
		const { shadowCss, documentCss } = splitShadowRootCss(css.join("\n").trim());
		const { isolatedElement: uiContainer, parentElement: shadowHost, shadow } = await createIsolatedElement({
			name: options.name,
			css: { textContent: shadowCss },
			mode: options.mode ?? "open",
			isolateEvents: options.isolateEvents
		});
		let mounted;
		const mount = () => {
			mountUi(shadowHost, options);
			applyPosition(shadowHost, uiContainer, options);
			if (documentCss && !document.querySelector(`style[wxt-shadow-root-document-styles="${instanceId}"]`)) {
				const style = document.createElement("style");
				style.textContent = documentCss;
				style.setAttribute("wxt-shadow-root-document-styles", instanceId);
				(document.head ?? document.body).append(style);
			}
			mounted = options.onMount(uiContainer, shadow, shadowHost);
		};
		const remove = () => {
			options.onRemove?.(mounted);
			shadowHost.remove();
			document.querySelector(`style[wxt-shadow-root-document-styles="${instanceId}"]`)?.remove();
			while (uiContainer.lastChild) uiContainer.removeChild(uiContainer.lastChild);
			mounted = void 0;
		};
		const mountFunctions = createMountFunctions({
			mount,
			remove
		}, options);
		ctx.onInvalidated(remove);
		return {
			shadow,
			shadowHost,
			uiContainer,
			...mountFunctions,
			get mounted() {
				return mounted;
			}
		};
	}
	/** Load the CSS for the current entrypoint. */
	async function loadCss() {
		const url = browser.runtime.getURL(`/content-scripts/gmail.css`);
		try {
			return await (await fetch(url)).text();
		} catch (err) {
			logger$1.warn(`Failed to load styles @ ${url}. Did you forget to import the stylesheet in your entrypoint?`, err);
			return "";
		}
	}
	// utils/mail/adapter.ts
	var IMAGE_EXT = /\.(jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif)$/i;
	var ZIP_EXT = /\.zip$/i;
	var ZIP_MIME = /^application\/(x-)?zip(-compressed)?$/i;
	/** What an attachment is, for every client: by name first (mail clients often send `application/octet-stream`), then by MIME type. */
	function attachmentKind(name, mime) {
		if (IMAGE_EXT.test(name)) return "image";
		if (ZIP_EXT.test(name)) return "zip";
		if (mime && /^image\//i.test(mime)) return "image";
		if (mime && ZIP_MIME.test(mime)) return "zip";
		return "other";
	}
	/** Marks the extension's own elements in the mail page, so adapters ignore the DOM changes they cause. */
	var OWN_UI_ATTRIBUTE = "data-photo-triage";
	function adapterOptions(options) {
		const { debounceMs = 200, maxWaitMs = 1e3, maxConcurrentFetches = 3, replyTimeoutMs = 5e3 } = options;
		return {
			debounceMs,
			maxWaitMs,
			maxConcurrentFetches,
			replyTimeoutMs
		};
	}
	/** Attributes whose values are the client's own vocabulary (never the buyer's words), shown in outlines. */
	var SAFE_ATTRIBUTE_VALUES = /* @__PURE__ */ new Set([
		"role",
		"aria-expanded",
		"contenteditable",
		"g_editable",
		"gh",
		"aria-level",
		"data-app-section",
		"data-testid"
	]);
	var SAFE_TOKEN = /^[A-Za-z][\w-]{0,40}$/;
	/**
	* The shape of a page region for diagnostics, like InboxSDK's censored HTML: tag names, class tokens, roles
	* and which attributes exist, never text and never other attribute values (they hold names and addresses).
	*/
	function layoutOutline(root, options = {}) {
		const { maxDepth = 14, maxChildren = 6, maxChars = 8e3, skip } = options;
		const lines = [];
		let chars = 0;
		const walk = (el, depth) => {
			if (chars > maxChars) return;
			const line = `${"  ".repeat(depth)}${describe(el)}`;
			lines.push(line);
			chars += line.length + 1;
			if (depth >= maxDepth || skip?.(el) || /^(script|style|svg|noscript)$/i.test(el.tagName)) return;
			const children = Array.from(el.children);
			for (const child of children.slice(0, maxChildren)) walk(child, depth + 1);
			if (children.length > maxChildren) lines.push(`${"  ".repeat(depth + 1)}… ${children.length - maxChildren} more`);
		};
		walk(root, 0);
		return lines.join("\n").slice(0, maxChars);
	}
	function describe(el) {
		let out = el.tagName.toLowerCase();
		for (const token of Array.from(el.classList)) if (SAFE_TOKEN.test(token)) out += `.${token}`;
		for (const { name } of Array.from(el.attributes)) {
			if (name === "class" || !SAFE_TOKEN.test(name)) continue;
			const value = el.getAttribute(name) ?? "";
			out += SAFE_ATTRIBUTE_VALUES.has(name) && SAFE_TOKEN.test(value) ? `[${name}=${value}]` : `[${name}]`;
		}
		return out;
	}
	/** Anything shaped like an address is removed, whatever its origin: diagnostics get pasted into public places. */
	var EMAIL_LIKE = /[^\s@<>"'()[\]]+@[^\s@<>"'()[\]]+/g;
	/** Copyable text for a support request: selectors, route and structure only; no message text, no addresses. */
	function diagnosticsText(report, extra = {}) {
		const lines = [
			"Photo Triage — mail layout diagnostics",
			`client: ${report.client}`,
			`checked: ${report.checkedAt}`,
			`page: ${report.path || "(unknown)"}`,
			...extra.extensionVersion ? [`extension: ${extra.extensionVersion}`] : [],
			...extra.browser ? [`browser: ${extra.browser}`] : [],
			`conversation open: ${report.conversationOpen ? "yes" : "no"}`,
			`open messages read: ${report.openMessages}`,
			`status: ${report.ok ? "layout recognised" : "layout NOT recognised"}`,
			`missing: ${report.missing.length ? report.missing.join(", ") : "nothing"}`,
			"selectors (alternative that matched):",
			...Object.entries(report.matched).map(([name, id]) => `  ${name}: ${id ?? "no alternative matched"}`)
		];
		if (report.outline) lines.push("page structure (no text):", report.outline);
		return lines.join("\n").replace(EMAIL_LIKE, "[removed]");
	}
	// utils/mail/instance.ts
	/** Removes every element of an earlier instance; returns this instance's mark for the elements it adds. */
	function claimPage(doc) {
		for (const el of Array.from(doc.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`))) el.remove();
		return Math.random().toString(36).slice(2, 10);
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
	// utils/messaging/rpc.ts
	var RPC_KIND = "photo-triage/rpc";
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
	/** Content-script side: every call becomes one message; failures come back as StoreErrors. */
	function createRpcClient(send) {
		return new Proxy({}, { get(_target, method) {
			if (typeof method !== "string") return void 0;
			return async (...args) => {
				const response = await send({
					kind: RPC_KIND,
					method,
					args: await encodeBlobs(args)
				});
				if (!response) throw new StoreError("unavailable", "Photo Triage’s background did not answer. Reload the page.");
				if (!response.ok) throw StoreError.fromJSON(response.error);
				return decodeBlobs(response.value);
			};
		} });
	}
	// utils/photo/remote-protocol.ts
	var ANALYZE_PORT = "photo-triage/analyze";
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
	// components/photo-facts.css?inline
	var photo_facts_default = "/* The facts and findings of one photo (components/PhotoFacts.tsx), wherever they show: the Check photos\n   dialog, the orders desk, the badge popover in the mail clients. Colours come from the host's variables. */\n.facts {\n  display: grid;\n  grid-template-columns: max-content 1fr;\n  gap: 4px 12px;\n  margin: 0;\n  font-size: 13px;\n}\n.facts dt {\n  color: var(--muted);\n}\n.facts dd {\n  margin: 0;\n  font-variant-numeric: tabular-nums;\n  overflow-wrap: anywhere;\n}\n.finding-list {\n  margin: 0;\n  padding-left: 20px;\n}\n.finding-list li {\n  margin-bottom: 8px;\n  line-height: 1.45;\n}\n.finding-list .sev-fail strong {\n  color: var(--fail);\n}\n.finding-list .sev-warn strong {\n  color: var(--warn);\n}\n.ask {\n  color: var(--muted);\n  font-size: 13px;\n}\n.all-good {\n  color: var(--ok);\n  margin: 0;\n}\n";
	// utils/format.ts
	/** `68 KB`, `3.1 MB`: how Gmail and Outlook display sizes, so badges match what the buyer sees. */
	function formatBytes(bytes) {
		if (bytes === void 0 || !Number.isFinite(bytes)) return "—";
		if (bytes < 1024) return `${bytes} B`;
		if (bytes < 1048576) return `${Math.round(bytes / 1024)} KB`;
		if (bytes < 1073741824) return `${(bytes / 1048576).toFixed(1)} MB`;
		return `${(bytes / 1073741824).toFixed(1)} GB`;
	}
	function formatDimensions(width, height) {
		return width && height ? `${width}×${height}` : "—";
	}
	/** `2026-11-20T10:15:00` + `+08:00` → `2026-11-20 10:15 (UTC+08:00)`, never shifted to another zone. */
	function formatTakenAt(takenAt, offset) {
		if (!takenAt) return "—";
		const text = takenAt.replace("T", " ").slice(0, 16);
		return offset ? `${text} (UTC${offset})` : text;
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
	// utils/photo/pixel-metrics.ts
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
	// utils/triage/rules.ts
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
	// components/mail/badge-model.ts
	var MARK = {
		ok: "✓",
		warn: "!",
		fail: "✗",
		error: "⚠",
		neutral: ""
	};
	function worst(findings) {
		return findings.find((f) => f.severity === "fail") ?? findings.find((f) => f.severity === "warn");
	}
	function badgeView(state, t) {
		switch (state.phase) {
			case "displayed": {
				const size = state.displayedSize;
				if (size !== void 0 && size < t.failBelowBytes) {
					const f = {
						code: "small-file",
						severity: "fail",
						measured: size,
						threshold: t.failBelowBytes
					};
					return {
						text: `${formatBytes(size)} ✗`,
						tone: "fail",
						title: describeFinding(f).detail,
						verdict: "pending",
						findings: [f]
					};
				}
				return {
					text: size !== void 0 ? `${formatBytes(size)} · checking…` : "checking…",
					tone: "neutral",
					title: "Photo Triage is checking this photo.",
					verdict: "pending",
					findings: []
				};
			}
			case "header":
			case "full": {
				const r = state.report;
				const findings = state.phase === "full" ? state.findings : r.findings;
				if (r.error) return {
					text: "⚠ unreadable",
					tone: "error",
					title: r.error.message,
					verdict: "error",
					findings
				};
				const verdict = verdictOf(findings);
				const tone = verdict === "ok" ? "ok" : verdict === "warn" ? "warn" : "fail";
				const w = worst(findings);
				const numbers = `${formatDimensions(r.width, r.height)} · ${formatBytes(r.bytes)}`;
				const pending = state.phase === "header" ? " · checking pixels…" : "";
				return {
					text: w ? `${numbers} ${MARK[tone]} ${describeFinding(w).short}` : `${numbers} ${MARK[tone]}${pending}`,
					tone,
					title: findings.filter((f) => f.severity !== "info").map((f) => describeFinding(f).detail).join(" ") || "Fine to inspect.",
					verdict: state.phase === "header" && verdict === "ok" ? "pending" : verdict,
					findings
				};
			}
			case "failed": {
				const f = state.failure;
				return {
					text: "⚠ couldn’t download",
					tone: "error",
					title: `Couldn’t download this attachment: ${f.code === "http" ? `the server answered ${f.status}` : f.code === "timeout" ? "it took too long" : f.code === "blocked-host" ? "it is not on the mail site" : "the connection failed"}.`,
					verdict: "error",
					findings: []
				};
			}
			case "preview": {
				const size = state.displayedSize;
				if (size !== void 0 && size < t.failBelowBytes) return badgeView({
					phase: "displayed",
					displayedSize: size
				}, t);
				return {
					text: `≥ ${formatDimensions(state.width, state.height)} · ${formatBytes(size)} · preview only`,
					tone: "neutral",
					title: "Measured from Outlook’s preview, which may be smaller than the file: at least this size. Download the file, or drop it on Check photos, for sharpness, lighting and camera data.",
					verdict: "pending",
					findings: []
				};
			}
			case "not-measurable": return {
				text: {
					drive: "Drive link · not measurable",
					"no-link": "not measurable",
					"download-to-check": "download to check"
				}[state.reason],
				tone: "neutral",
				title: {
					drive: "Photo Triage cannot read files behind a Drive link. Ask for the photos as attachments.",
					"no-link": "Photo Triage found no way to read this file.",
					"download-to-check": "Outlook does not give Photo Triage this file. Open its preview, or download it and drop it on Check photos."
				}[state.reason],
				verdict: "pending",
				findings: []
			};
			case "zip": {
				const v = state.verdicts;
				if (state.done < state.photos) return {
					text: `zip · ${state.photos} photos · checking…`,
					tone: "neutral",
					title: "Checking the photos inside this zip.",
					verdict: "pending",
					findings: []
				};
				const verdict = v.error || v.fail ? "fail" : v.warn ? "warn" : "ok";
				const parts = [
					v.fail + v.error ? `${v.fail + v.error} ✗` : "",
					v.warn ? `${v.warn} !` : "",
					v.ok ? `${v.ok} ✓` : ""
				].filter(Boolean);
				return {
					text: `zip · ${state.photos} photo${state.photos === 1 ? "" : "s"}: ${parts.join(" ")}`,
					tone: verdict === "ok" ? "ok" : verdict === "warn" ? "warn" : "fail",
					title: "The photos inside this zip are listed in the Photo Triage panel.",
					verdict,
					findings: []
				};
			}
		}
	}
	// utils/dates.ts
	var pad = (n) => String(n).padStart(2, "0");
	/** The local calendar date, `YYYY-MM-DD`. */
	function todayLocal(now = /* @__PURE__ */ new Date()) {
		return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	}
	// components/orders/dates.ts
	/** `5 days left`, `1 day left`, `due today`, `1 day overdue`, `3 days overdue`. */
	function daysLeftText(days) {
		if (days === 0) return "due today";
		if (days > 0) return `${days} day${days === 1 ? "" : "s"} left`;
		return `${-days} day${days === -1 ? "" : "s"} overdue`;
	}
	/** `just now`, `12 min ago`, `5 h ago`, `3 days ago`: how long a request has waited. */
	function agoText(iso, now = /* @__PURE__ */ new Date()) {
		const ms = now.getTime() - Date.parse(iso);
		if (!Number.isFinite(ms)) return "";
		const minutes = Math.floor(ms / 6e4);
		if (minutes < 1) return "just now";
		if (minutes < 60) return `${minutes} min ago`;
		const hours = Math.floor(minutes / 60);
		if (hours < 48) return `${hours} h ago`;
		return `${Math.floor(hours / 24)} days ago`;
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
	// node_modules/preact/jsx-runtime/dist/jsxRuntime.module.js
	var f = 0;
	Array.isArray;
	function u(e, t, n, o, i, u) {
		t || (t = {});
		var a, c, p = t;
		if ("ref" in p) for (c in p = {}, t) "ref" == c ? a = t[c] : p[c] = t[c];
		var l = {
			type: e,
			props: p,
			key: n,
			ref: a,
			__k: null,
			__: null,
			__b: 0,
			__e: null,
			__c: null,
			constructor: void 0,
			__v: --f,
			__i: -1,
			__u: 0,
			__source: i,
			__self: u
		};
		if ("function" == typeof e && (a = e.defaultProps)) for (c in a) void 0 === p[c] && (p[c] = a[c]);
		return l$2.vnode && l$2.vnode(l), l;
	}
	// components/mail/MessagePanel.tsx
	var STATUS_TEXT = {
		missing: "missing",
		pending: "received",
		poor: "poor",
		accepted: "accepted",
		rejected: "rejected"
	};
	function ShotLine({ result, references, urlOf }) {
		const { shot, status } = result;
		const why = result.findings.filter((f) => f.severity === "fail").map((f) => describeFinding(f).short);
		return /* @__PURE__ */ u("li", {
			class: "shot",
			"data-shot-id": shot.id,
			"data-shot-status": status,
			children: [
				/* @__PURE__ */ u("span", {
					class: `pill st-${status}`,
					title: STATUS_TEXT[status],
					"aria-hidden": "true",
					children: status === "accepted" ? "✓" : status === "missing" ? "○" : status === "pending" ? "•" : "!"
				}),
				/* @__PURE__ */ u("div", {
					class: "shot-name",
					children: [
						shot.label.en,
						!shot.required && " (optional)",
						/* @__PURE__ */ u("small", {
							lang: "zh-CN",
							children: shot.label.zh
						}),
						/* @__PURE__ */ u("span", {
							class: `pill st-${status}`,
							children: STATUS_TEXT[status]
						}),
						why.length > 0 && /* @__PURE__ */ u("small", { children: why.join(", ") })
					]
				}),
				/* @__PURE__ */ u("div", {
					class: "thumbs",
					children: [result.photos.map((p) => /* @__PURE__ */ u("div", {
						class: "thumb",
						title: p.origins.at(-1)?.fileName,
						children: [p.thumbnail ? /* @__PURE__ */ u("img", {
							src: urlOf(p.thumbnail),
							alt: p.origins.at(-1)?.fileName ?? ""
						}) : /* @__PURE__ */ u("img", { alt: "" }), /* @__PURE__ */ u("div", {
							class: "cap",
							children: p.origins.at(-1)?.fileName
						})]
					}, p.sha256)), shot.referencePhotoIds.map((id) => references[id] ? /* @__PURE__ */ u("div", {
						class: "thumb ref",
						title: "Approved reference photo",
						children: [/* @__PURE__ */ u("img", {
							src: urlOf(references[id]),
							alt: "Approved reference"
						}), /* @__PURE__ */ u("div", {
							class: "cap",
							children: "reference"
						})]
					}, id) : null)]
				})
			]
		});
	}
	function PhotoLine({ triage, photo }) {
		const view = triage.stageView.value;
		const ctx = triage.context.value.status === "ready" ? triage.context.value.context : void 0;
		const shots = ctx?.stage?.shots ?? [];
		const sha = photo.report?.sha256;
		const record = view && sha ? view.checklist.shots.flatMap((s) => s.photos).concat(view.checklist.unassigned).find((p) => p.sha256 === sha) : void 0;
		const suggestions = suggestShots(photo.name, shots);
		const ordered = [...suggestions.map((s) => shots.find((x) => x.id === s.shotId)), ...shots.filter((s) => !suggestions.some((x) => x.shotId === s.id))];
		const badge = badgeView(photo.report ? {
			phase: "full",
			report: photo.report,
			findings: triage.findings.value[photo.key] ?? []
		} : { phase: "displayed" }, ctx?.settings.thresholds ?? DEFAULT_THRESHOLDS);
		return /* @__PURE__ */ u("li", {
			class: "photo",
			"data-panel-photo": photo.name,
			children: [photo.thumbnail ? /* @__PURE__ */ u("img", {
				class: "thumb",
				src: triage.blobUrls.url(photo.thumbnail),
				alt: "",
				width: 72
			}) : /* @__PURE__ */ u("span", {
				class: "thumb placeholder",
				children: photo.report?.format.toUpperCase() ?? "…"
			}), /* @__PURE__ */ u("div", { children: [
				/* @__PURE__ */ u("div", {
					class: "photo-name",
					title: photo.name,
					children: photo.name
				}),
				/* @__PURE__ */ u("span", {
					class: `badge tone-${badge.tone}`,
					children: badge.text
				}),
				record && ctx?.order && /* @__PURE__ */ u(S$1, { children: [/* @__PURE__ */ u("div", {
					class: "actions",
					children: /* @__PURE__ */ u("select", {
						"aria-label": `Shot for ${photo.name}`,
						value: record.shotId ?? "",
						onChange: (e) => void triage.assign(record.sha256, e.currentTarget.value || void 0),
						children: [/* @__PURE__ */ u("option", {
							value: "",
							children: ["Not assigned", suggestions.length ? " (suggested first)" : ""]
						}), ordered.map((s, i) => /* @__PURE__ */ u("option", {
							value: s.id,
							children: [
								i < suggestions.length ? "★ " : "",
								s.label.en,
								" · ",
								s.label.zh
							]
						}, s.id))]
					})
				}), /* @__PURE__ */ u("div", {
					class: "actions",
					children: [/* @__PURE__ */ u("button", {
						type: "button",
						class: "btn",
						"aria-pressed": record.status.state === "accepted",
						onClick: () => void triage.setStatus(record.sha256, record.status.state === "accepted" ? "pending" : "accepted"),
						children: "Accept"
					}), /* @__PURE__ */ u("button", {
						type: "button",
						class: "btn",
						"aria-pressed": record.status.state === "rejected",
						onClick: () => {
							if (record.status.state === "rejected") return void triage.setStatus(record.sha256, "pending");
							const reason = badge.findings.filter((f) => f.severity === "fail").map((f) => describeFinding(f).short).join(", ");
							triage.setStatus(record.sha256, "rejected", reason || "rejected by the buyer");
						},
						children: "Reject"
					})]
				})] })
			] })]
		});
	}
	/** What was asked last time against what came, and the buttons that ask again. */
	function ReplySection({ triage }) {
		const view = triage.stageView.value;
		if (!view) return null;
		const draft = triage.draft.value;
		const statusOf = (shotId) => view.checklist.shots.find((s) => s.shot.id === shotId)?.status;
		const last = triage.requests.value[0];
		return /* @__PURE__ */ u("div", {
			class: "reply",
			"data-reply": "",
			children: [
				last && /* @__PURE__ */ u("div", {
					class: "asked",
					"data-last-request": last.id,
					children: [/* @__PURE__ */ u("div", {
						class: "row",
						children: [
							/* @__PURE__ */ u("strong", { children: ["Asked ", agoText(last.askedAt)] }),
							/* @__PURE__ */ u("span", {
								class: "note",
								children: ["by ", last.channel === "wechat" ? "WeChat" : last.channel === "gmail" ? "Gmail" : "Outlook"]
							}),
							/* @__PURE__ */ u("button", {
								type: "button",
								class: "btn",
								onClick: () => void triage.markAnswered(last.id),
								children: "Mark answered"
							})
						]
					}), /* @__PURE__ */ u("ol", { children: last.items.map((item, i) => {
						const status = statusOf(item.shotId);
						const came = status === "accepted" || status === "pending";
						return /* @__PURE__ */ u("li", {
							class: came ? "came" : "open",
							children: [
								came ? "✓ " : "",
								item.text,
								item.shotId && /* @__PURE__ */ u("span", {
									class: "note",
									children: [" · now ", status ? STATUS_TEXT[status] : "not in the list"]
								})
							]
						}, i);
					}) })]
				}),
				draft ? /* @__PURE__ */ u("div", {
					class: "row",
					children: [
						/* @__PURE__ */ u("button", {
							type: "button",
							class: "btn primary",
							onClick: () => void triage.insertDraft(),
							"data-action": "draft-reply",
							children: "Draft re-request"
						}),
						/* @__PURE__ */ u("button", {
							type: "button",
							class: "btn",
							onClick: () => void triage.copyForWeChat(),
							"data-action": "copy-wechat",
							children: "Copy for WeChat"
						}),
						/* @__PURE__ */ u("span", {
							class: "note",
							children: [
								draft.items.length,
								" item",
								draft.items.length === 1 ? "" : "s",
								" to ask for, in English and Chinese"
							]
						})
					]
				}) : /* @__PURE__ */ u("p", {
					class: "note",
					children: "Nothing to ask for: every required shot is received and fine to inspect."
				}),
				triage.replyNote.value && /* @__PURE__ */ u("p", {
					class: "note",
					role: "status",
					children: triage.replyNote.value
				})
			]
		});
	}
	function MessagePanel({ triage }) {
		const open = useSignal(true);
		const state = triage.context.value;
		const summary = useComputed(() => {
			const view = triage.stageView.value;
			const photos = triage.photos.value;
			const done = photos.filter((p) => p.report).length;
			const checking = triage.pending.value.size > 0 ? ` · checking ${done} of ${photos.length || "…"}` : "";
			if (!view) return `${photos.length} photo${photos.length === 1 ? "" : "s"}${checking}`;
			const c = view.checklist.counts;
			return `${c.accepted + c.pending} of ${c.total} shots received · ${c.poor + c.rejected} poor · ${c.missing} missing${checking}`;
		});
		if (triage.dismissed.value) return null;
		if (state.status === "loading") return null;
		if (state.status === "error") return /* @__PURE__ */ u("section", {
			class: "pt panel",
			"aria-label": "Photo Triage",
			children: /* @__PURE__ */ u("p", {
				class: "notice error",
				role: "alert",
				children: ["Photo Triage could not read its data: ", state.message]
			})
		});
		const ctx = state.context;
		if (ctx.ignored) return null;
		if (!ctx.supplier) {
			const who = triage.message.sender.name || triage.message.sender.email || "this sender";
			return /* @__PURE__ */ u("section", {
				class: "pt panel",
				"aria-label": "Photo Triage",
				"data-panel": "offer",
				children: /* @__PURE__ */ u("div", {
					class: "panel-body",
					children: [/* @__PURE__ */ u("div", {
						class: "row",
						children: [
							/* @__PURE__ */ u("span", {
								class: "panel-title",
								children: "Photo Triage"
							}),
							/* @__PURE__ */ u("span", { children: [
								"Check photos from ",
								who,
								"?"
							] }),
							/* @__PURE__ */ u("button", {
								type: "button",
								class: "btn primary",
								onClick: () => void triage.acceptSender(),
								children: "Yes, add as supplier"
							}),
							/* @__PURE__ */ u("button", {
								type: "button",
								class: "btn",
								onClick: () => triage.dismissed.value = true,
								children: "Not now"
							}),
							/* @__PURE__ */ u("button", {
								type: "button",
								class: "btn",
								onClick: () => void triage.ignoreSender(),
								children: "Never for this sender"
							})
						]
					}), triage.storeError.value && /* @__PURE__ */ u("p", {
						class: "notice error",
						role: "alert",
						children: triage.storeError.value
					})]
				})
			});
		}
		const view = triage.stageView.value;
		return /* @__PURE__ */ u("section", {
			class: "pt panel",
			"aria-label": "Photo Triage",
			"data-panel": "triage",
			children: [/* @__PURE__ */ u("button", {
				type: "button",
				class: "panel-head",
				"aria-expanded": open.value,
				onClick: () => open.value = !open.value,
				children: [
					/* @__PURE__ */ u("span", {
						class: "panel-title",
						children: "Photo Triage"
					}),
					/* @__PURE__ */ u("span", {
						class: "panel-summary",
						children: [
							ctx.supplier.company,
							ctx.order ? ` · ${ctx.order.poNumbers.join(", ")}` : "",
							ctx.stage ? ` · ${ctx.stage.name.en}` : "",
							" · ",
							summary.value
						]
					}),
					/* @__PURE__ */ u("span", {
						"aria-hidden": "true",
						children: open.value ? "▾" : "▸"
					})
				]
			}), open.value && /* @__PURE__ */ u("div", {
				class: "panel-body",
				children: [
					triage.storeError.value && /* @__PURE__ */ u("p", {
						class: "notice error",
						role: "alert",
						children: triage.storeError.value
					}),
					/* @__PURE__ */ u("div", {
						class: "row",
						children: [
							/* @__PURE__ */ u("label", {
								class: "label",
								for: "pt-order",
								children: "Order"
							}),
							/* @__PURE__ */ u("select", {
								id: "pt-order",
								value: ctx.order?.id ?? "",
								onChange: (e) => e.currentTarget.value && void triage.chooseOrder(e.currentTarget.value),
								children: [
									!ctx.order && /* @__PURE__ */ u("option", {
										value: "",
										children: "Pick the order for this message…"
									}),
									ctx.order && !ctx.candidates.some((c) => c.id === ctx.order?.id) && /* @__PURE__ */ u("option", {
										value: ctx.order.id,
										children: [
											ctx.order.poNumbers.join(", "),
											" · ",
											ctx.order.product
										]
									}),
									ctx.candidates.map((c) => /* @__PURE__ */ u("option", {
										value: c.id,
										children: c.label
									}, c.id))
								]
							}),
							ctx.order && /* @__PURE__ */ u("span", {
								class: "note",
								children: ctx.orderReason === "po" ? "PO number in the message" : ctx.orderReason === "remembered" ? "remembered for this thread" : ctx.orderReason === "only-open-order" ? "the supplier’s only open order" : ""
							})
						]
					}),
					view && /* @__PURE__ */ u(S$1, { children: [view.checklist.gate.hasGate && /* @__PURE__ */ u("div", {
						class: "row",
						"data-gate": view.checklist.gate.canProceed ? "clear" : "blocked",
						children: [
							/* @__PURE__ */ u("span", {
								class: `pill ${view.checklist.gate.canProceed ? "st-accepted" : view.checklist.gate.overdue ? "st-missing" : "st-poor"}`,
								children: view.checklist.gate.canProceed ? "Gate clear" : `${view.checklist.gate.blockers.length} shot${view.checklist.gate.blockers.length === 1 ? "" : "s"} block the gate`
							}),
							ctx.stage?.gate && /* @__PURE__ */ u("span", { children: ["Before ", ctx.stage.gate.label.en] }),
							view.checklist.gate.daysToDue !== void 0 && /* @__PURE__ */ u("span", {
								class: "note",
								children: daysLeftText(view.checklist.gate.daysToDue)
							})
						]
					}), /* @__PURE__ */ u("ul", {
						class: "shots",
						"aria-label": "Shot list",
						children: view.checklist.shots.map((r) => /* @__PURE__ */ u(ShotLine, {
							result: r,
							references: view.references,
							urlOf: triage.blobUrls.url
						}, r.shot.id))
					})] }),
					!ctx.order && /* @__PURE__ */ u("p", {
						class: "note",
						children: "Pick the order to see its shot list. The photos are checked either way."
					}),
					/* @__PURE__ */ u("ul", {
						class: "photos",
						"aria-label": "Photos in this message",
						children: triage.photos.value.map((p) => /* @__PURE__ */ u(PhotoLine, {
							triage,
							photo: p
						}, p.key))
					}),
					triage.message.driveLinks.length > 0 && /* @__PURE__ */ u("p", {
						class: "note",
						children: [
							triage.message.driveLinks.length,
							" Drive link",
							triage.message.driveLinks.length === 1 ? "" : "s",
							" ",
							"not measurable: ask for the photos as attachments."
						]
					}),
					/* @__PURE__ */ u(ReplySection, { triage })
				]
			})]
		});
	}
	// components/mail/mail.css?inline
	var mail_default = "/* Photo Triage inside a mail client: badges beside attachments and the message panel, each in its own\n   shadow root. WXT resets the host with `all: initial !important`, so the base styles sit on each UI's\n   root element (.pt), not on :host. Calm colours that sit well next to Gmail and Outlook. */\n.pt {\n  --ok: #1c7c3c;\n  --ok-soft: #e3f4e8;\n  --warn: #8a5200;\n  --warn-soft: #fff2d9;\n  --fail: #b3261e;\n  --fail-soft: #fde7e5;\n  --error: #6b3fa0;\n  --error-soft: #efe7f8;\n  --neutral: #44506a;\n  --neutral-soft: #eef1f5;\n  --border: #dde1e6;\n  --text: #1d2433;\n  --muted: #5d6778;\n  --accent: #0f6e6e;\n  font-family: \"Google Sans\", Roboto, \"Segoe UI\", \"PingFang SC\", \"Microsoft YaHei\", system-ui, sans-serif;\n  font-size: 13px;\n  color: var(--text);\n  line-height: 1.4;\n}\n* {\n  box-sizing: border-box;\n}\nbutton {\n  font: inherit;\n  cursor: pointer;\n}\nbutton:focus-visible,\nselect:focus-visible,\ninput:focus-visible {\n  outline: 2px solid var(--accent);\n  outline-offset: 2px;\n}\n\n/* Badge */\n.badge-wrap {\n  position: relative;\n  display: inline-block;\n  margin: 4px 6px;\n  vertical-align: top;\n}\n.badge {\n  display: inline-flex;\n  align-items: center;\n  gap: 4px;\n  max-width: 260px;\n  padding: 2px 9px;\n  border-radius: 999px;\n  border: 1px solid transparent;\n  font-size: 12px;\n  font-weight: 500;\n  white-space: nowrap;\n  overflow: hidden;\n  text-overflow: ellipsis;\n  font-variant-numeric: tabular-nums;\n}\n.tone-ok {\n  background: var(--ok-soft);\n  color: var(--ok);\n}\n.tone-warn {\n  background: var(--warn-soft);\n  color: var(--warn);\n}\n.tone-fail {\n  background: var(--fail-soft);\n  color: var(--fail);\n}\n.tone-error {\n  background: var(--error-soft);\n  color: var(--error);\n}\n.tone-neutral {\n  background: var(--neutral-soft);\n  color: var(--neutral);\n}\n.retry {\n  border: 0;\n  background: transparent;\n  color: inherit;\n  text-decoration: underline;\n  padding: 0 0 0 4px;\n}\n.popover {\n  position: absolute;\n  z-index: 1000;\n  top: calc(100% + 6px);\n  left: 0;\n  width: 360px;\n  background: #fff;\n  border: 1px solid var(--border);\n  border-radius: 10px;\n  box-shadow: 0 12px 32px rgb(0 0 0 / 18%);\n  padding: 12px 14px;\n}\n.popover h3 {\n  margin: 0 0 8px;\n  font-size: 13px;\n  overflow-wrap: anywhere;\n}\n.how {\n  color: var(--muted);\n  font-size: 12px;\n  margin-top: 6px;\n}\n\n/* Shared facts and findings (as on the Check photos page) */\n\n/* Panel */\n.panel {\n  margin: 12px 0;\n  border: 1px solid var(--border);\n  border-left: 4px solid var(--accent);\n  border-radius: 8px;\n  background: #fbfcfd;\n}\n.panel-head {\n  display: flex;\n  align-items: center;\n  gap: 10px;\n  width: 100%;\n  padding: 8px 12px;\n  border: 0;\n  background: transparent;\n  text-align: left;\n}\n.panel-title {\n  font-weight: 600;\n  color: var(--accent);\n}\n.panel-summary {\n  color: var(--muted);\n  flex: 1;\n  overflow: hidden;\n  text-overflow: ellipsis;\n  white-space: nowrap;\n}\n.panel-body {\n  padding: 4px 12px 12px;\n}\n.row {\n  display: flex;\n  flex-wrap: wrap;\n  align-items: center;\n  gap: 8px;\n  margin-bottom: 8px;\n}\n.label {\n  color: var(--muted);\n}\n.pill {\n  display: inline-block;\n  padding: 1px 8px;\n  border-radius: 999px;\n  font-size: 12px;\n  font-weight: 500;\n}\n.st-missing {\n  background: var(--fail-soft);\n  color: var(--fail);\n}\n.st-poor,\n.st-rejected {\n  background: var(--warn-soft);\n  color: var(--warn);\n}\n.st-pending {\n  background: var(--neutral-soft);\n  color: var(--neutral);\n}\n.st-accepted {\n  background: var(--ok-soft);\n  color: var(--ok);\n}\n.shots {\n  list-style: none;\n  margin: 0 0 10px;\n  padding: 0;\n  border-top: 1px solid var(--border);\n}\n.shot {\n  display: grid;\n  grid-template-columns: 22px minmax(160px, 1.2fr) 2fr;\n  gap: 10px;\n  align-items: start;\n  padding: 8px 0;\n  border-bottom: 1px solid var(--border);\n}\n.shot-name small {\n  display: block;\n  color: var(--muted);\n}\n.thumbs {\n  display: flex;\n  flex-wrap: wrap;\n  gap: 6px;\n  align-items: flex-start;\n}\n.thumb {\n  position: relative;\n  width: 72px;\n}\n.thumb img {\n  width: 72px;\n  height: 54px;\n  object-fit: cover;\n  border-radius: 4px;\n  background: var(--neutral-soft);\n  display: block;\n}\n.thumb.ref img {\n  outline: 2px dashed var(--accent);\n  outline-offset: -2px;\n}\n.thumb .cap {\n  font-size: 11px;\n  color: var(--muted);\n  overflow: hidden;\n  text-overflow: ellipsis;\n  white-space: nowrap;\n}\n.photos {\n  list-style: none;\n  margin: 0;\n  padding: 0;\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(250px, 1fr));\n  gap: 8px;\n}\n.photo {\n  display: grid;\n  grid-template-columns: 72px 1fr;\n  gap: 8px;\n  padding: 6px;\n  border: 1px solid var(--border);\n  border-radius: 6px;\n  background: #fff;\n}\n.photo-name {\n  font-weight: 500;\n  overflow: hidden;\n  text-overflow: ellipsis;\n  white-space: nowrap;\n}\n.photo select {\n  max-width: 100%;\n  font: inherit;\n  font-size: 12px;\n}\n.actions {\n  display: flex;\n  gap: 6px;\n  margin-top: 4px;\n}\n.btn {\n  border: 1px solid var(--border);\n  background: #fff;\n  border-radius: 6px;\n  padding: 3px 10px;\n  font-size: 12px;\n}\n.btn.primary {\n  background: var(--accent);\n  border-color: var(--accent);\n  color: #fff;\n}\n.btn[aria-pressed=\"true\"] {\n  background: var(--text);\n  color: #fff;\n}\n.note {\n  color: var(--muted);\n  font-size: 12px;\n}\n.notice {\n  padding: 10px 12px;\n}\n.notice.error {\n  color: var(--fail);\n}\n.toast {\n  position: fixed;\n  right: 20px;\n  bottom: 20px;\n  z-index: 2147483000;\n  width: 380px;\n  background: #fff;\n  border: 1px solid var(--border);\n  border-left: 4px solid var(--fail);\n  border-radius: 8px;\n  box-shadow: 0 12px 32px rgb(0 0 0 / 18%);\n  padding: 12px 14px;\n}\n.toast pre {\n  white-space: pre-wrap;\n  overflow-wrap: anywhere;\n  max-height: 120px;\n  overflow: auto;\n  font-size: 11px;\n  background: var(--neutral-soft);\n  padding: 6px;\n}\n.thumb.placeholder {\n  display: flex;\n  align-items: center;\n  justify-content: center;\n  height: 54px;\n  border-radius: 4px;\n  background: var(--neutral-soft);\n  color: var(--muted);\n  font-size: 11px;\n  font-weight: 600;\n}\n.photo > img.thumb,\n.photo > .thumb {\n  width: 72px;\n  height: 54px;\n  object-fit: cover;\n  border-radius: 4px;\n}\n.photo > div {\n  min-width: 0;\n}\n.photo .badge {\n  max-width: 100%;\n}\n.reply {\n  margin-top: 10px;\n  padding-top: 10px;\n  border-top: 1px solid var(--border);\n}\n.asked {\n  background: var(--neutral-soft);\n  border-radius: 6px;\n  padding: 8px 10px;\n  margin-bottom: 8px;\n}\n.asked ol {\n  margin: 4px 0 0;\n  padding-left: 20px;\n}\n.asked li.came {\n  color: var(--ok);\n}\n";
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
	// components/patch-batch.ts
	function createPatchBatch(list, keyOf) {
		let pending = /* @__PURE__ */ new Map();
		let scheduled = false;
		const flush = () => {
			scheduled = false;
			if (!pending.size) return;
			const patches = pending;
			pending = /* @__PURE__ */ new Map();
			list.value = list.value.map((item) => {
				const patch = patches.get(keyOf(item));
				return patch ? {
					...item,
					...patch
				} : item;
			});
		};
		return {
			patch(key, patch) {
				pending.set(key, {
					...pending.get(key),
					...patch
				});
				if (scheduled) return;
				scheduled = true;
				if (typeof requestAnimationFrame === "function" && document.visibilityState !== "hidden") requestAnimationFrame(flush);
				else setTimeout(flush, 0);
			},
			flush
		};
	}
	// utils/mail/insert.ts
	/** Put the caret in the editor: where it already is, else at the start (above the quoted message). */
	function placeCaret(editor) {
		const selection = editor.ownerDocument.getSelection();
		if (!selection) return null;
		if (!(selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer))) {
			const range = editor.ownerDocument.createRange();
			range.setStart(editor, 0);
			range.collapse(true);
			selection.removeAllRanges();
			selection.addRange(range);
		}
		return selection;
	}
	/** Insert `text` where the cursor is. Resolves true when the editor took it as typed input. */
	function insertIntoEditor(editor, text) {
		editor.focus();
		const selection = placeCaret(editor);
		const doc = editor.ownerDocument;
		if (doc.execCommand?.("insertText", false, text)) return true;
		if (!selection?.rangeCount) return false;
		const range = selection.getRangeAt(0);
		range.deleteContents();
		const fragment = doc.createDocumentFragment();
		text.split("\n").forEach((line, i) => {
			if (i > 0) fragment.append(doc.createElement("br"));
			fragment.append(doc.createTextNode(line));
		});
		range.insertNode(fragment);
		range.collapse(false);
		editor.dispatchEvent(new InputEvent("input", {
			bubbles: true,
			inputType: "insertText",
			data: text
		}));
		return true;
	}
	// utils/reply/phrases.ts
	/**
	* In the order a supplier should read them: a photo to take again first (its file size no longer
	* matters once it is retaken), then how to send the file.
	*/
	var REQUESTS = {
		"new-photos": {
			short: {
				en: "Please take a new photo of this production.",
				zh: "请针对这批货现拍新的照片。"
			},
			full: {
				en: "Please take new photos of this production, today, rather than sending photos taken before.",
				zh: "麻烦针对这批货现拍新的照片发给我们，不要用以前拍的图。"
			}
		},
		refocus: {
			short: {
				en: "Please retake it in focus.",
				zh: "请重新对焦，拍清楚一点。"
			},
			full: {
				en: "Please retake it: tap the screen on the product to focus, hold the phone steady, and move closer instead of zooming in.",
				zh: "麻烦重拍一张：拍之前先点一下屏幕上的产品对焦，手机拿稳，拍细节时走近一点拍，不要用变焦放大。"
			}
		},
		light: {
			short: {
				en: "Please retake it in good light.",
				zh: "请在光线充足的地方重拍。"
			},
			full: {
				en: "Please retake it in daylight or good, even light, without flash glare on the product.",
				zh: "麻烦在自然光下或光线充足、均匀的地方重拍，不要开闪光灯，避免产品表面反光。"
			}
		},
		"photo-itself": {
			short: {
				en: "Please send the photo itself, not a screenshot.",
				zh: "请发照片本身，不要截图。"
			},
			full: {
				en: "Please send the photo file itself, not a screenshot of it: a screenshot loses detail and the date the photo was taken.",
				zh: "请直接发照片文件，不要截图发过来：截图会损失细节，也没有拍摄日期。"
			}
		},
		original: {
			short: {
				en: "Please send the original file, not resized.",
				zh: "请发原图，不要缩小或压缩画质。"
			},
			full: {
				en: "Please send the original file straight from the phone or camera, without resizing or compressing it. If the mail app asks for an image size, choose “Actual size” — not “reduce size” or “small”.",
				zh: "麻烦直接发手机或相机里的原图文件，不要缩小尺寸，也不要压缩画质。用邮箱发的时候如果提示选择图片大小，请选“实际大小”或“原图”，不要选“小”或“中”。"
			}
		},
		chat: {
			short: {
				en: "On WeChat, tick 原图 (“Original image”); or send a zip.",
				zh: "用微信发请勾选“原图”，或者打包成zip发过来。"
			},
			full: {
				en: "On WeChat, please tick 原图 (“Original image”) at the bottom before sending; or put the photos in a zip file, or attach them to the email as files instead of pasting them into the message.",
				zh: "用微信发的话，发送前请勾选底部的“原图”；也可以把照片打包成zip文件发过来，或者作为邮件附件发送，不要直接贴在邮件正文里。"
			}
		},
		resend: {
			short: {
				en: "Please send the file again, as JPEG.",
				zh: "请重新发一下，用JPG格式。"
			},
			full: {
				en: "Please send the photo again as a JPEG file (on iPhone: Settings → Camera → Formats → Most Compatible).",
				zh: "麻烦重新发一次，用JPG格式的照片文件（苹果手机可在“设置 → 相机 → 格式”里选“兼容性最佳”）。"
			}
		}
	};
	var REQUEST_ORDER = [
		"new-photos",
		"refocus",
		"light",
		"photo-itself",
		"original",
		"chat",
		"resend"
	];
	/**
	* One entry per finding code. Typed as a full `Record`, so a new code does not compile until it
	* is worded here (or declared info-only, with the reason).
	*/
	var FINDING_PHRASES = {
		"too-small": {
			request: "original",
			short: {
				en: "low resolution",
				zh: "分辨率太低"
			},
			problem: {
				en: "too small to zoom in on details",
				zh: "照片尺寸太小，放大看不清细节"
			},
			measured: {
				en: "only {value} px on the long side; we need at least {threshold} px",
				zh: "长边只有{value}像素，至少需要{threshold}像素"
			}
		},
		"small-file": {
			request: "original",
			short: {
				en: "heavily compressed",
				zh: "文件太小"
			},
			problem: {
				en: "the file is heavily compressed",
				zh: "文件被压缩得很厉害"
			},
			measured: {
				en: "only {value}",
				zh: "只有{value}"
			}
		},
		"over-compressed": {
			request: "original",
			short: {
				en: "over-compressed",
				zh: "画质压缩过度"
			},
			problem: {
				en: "compressed so much that surface defects are hidden",
				zh: "画质压缩太多，表面的瑕疵看不出来"
			}
		},
		"chat-recompressed": {
			request: "chat",
			short: {
				en: "shrunk by a chat app",
				zh: "被聊天软件压缩"
			},
			problem: {
				en: "it looks like it went through a chat app, which shrinks photos",
				zh: "看起来是通过微信等聊天软件发的，图片被自动压缩了"
			}
		},
		screenshot: {
			request: "photo-itself",
			short: {
				en: "a screenshot",
				zh: "是截图"
			},
			problem: {
				en: "this is a screenshot, not the photo itself",
				zh: "这是截图，不是照片原文件"
			}
		},
		blurry: {
			request: "refocus",
			short: {
				en: "blurry",
				zh: "模糊"
			},
			problem: {
				en: "the photo is blurred (out of focus or shaken)",
				zh: "照片模糊，没对上焦或者拍的时候手抖了"
			}
		},
		dark: {
			request: "light",
			short: {
				en: "too dark",
				zh: "太暗"
			},
			problem: {
				en: "too dark to judge colour and finish",
				zh: "光线太暗，看不清颜色和表面效果"
			}
		},
		overexposed: {
			request: "light",
			short: {
				en: "overexposed",
				zh: "曝光过度"
			},
			problem: {
				en: "overexposed: bright areas are washed out",
				zh: "曝光过度，亮的地方发白，看不清细节"
			}
		},
		duplicate: {
			request: "new-photos",
			short: {
				en: "a duplicate",
				zh: "重复的照片"
			},
			problem: {
				en: "the same photo was sent twice",
				zh: "和另一张是同一张照片"
			},
			measured: {
				en: "same as {other}",
				zh: "与{other}相同"
			}
		},
		"near-duplicate": {
			request: "new-photos",
			short: {
				en: "a copy of another photo",
				zh: "重复的照片"
			},
			problem: {
				en: "a copy of another photo already sent",
				zh: "和已经发过的另一张是同一张图"
			},
			measured: {
				en: "same picture as {other}",
				zh: "与{other}是同一张图"
			}
		},
		reused: {
			request: "new-photos",
			short: {
				en: "sent before",
				zh: "以前发过"
			},
			problem: {
				en: "this photo was already sent before",
				zh: "这张照片之前已经发过了"
			},
			measured: {
				en: "first received: {other}",
				zh: "最早收到的是：{other}"
			}
		},
		"old-capture": {
			request: "new-photos",
			short: {
				en: "an old photo",
				zh: "旧照片"
			},
			problem: {
				en: "it was taken long before it was sent",
				zh: "拍摄日期比发送日期早很多"
			},
			measured: {
				en: "taken {value} days before it was sent",
				zh: "拍摄时间比发送时间早{value}天"
			}
		},
		unreadable: {
			request: "resend",
			short: {
				en: "cannot be opened",
				zh: "打不开"
			},
			problem: {
				en: "the file could not be opened (it may have been damaged on the way)",
				zh: "文件打不开，可能在传输过程中损坏了"
			}
		},
		unsupported: {
			request: "resend",
			short: {
				en: "not a photo file",
				zh: "不是图片格式"
			},
			problem: {
				en: "the file is not a photo format we can open",
				zh: "文件不是我们能打开的图片格式"
			}
		},
		"metadata-stripped": {
			request: null,
			why: "No camera data alone proves nothing: many apps strip it. When it matters (with a small, chat-sized file), `chat-recompressed` fires and carries the request."
		},
		"too-many-pixels": {
			request: null,
			why: "More pixels than we dare decode is a very large photo, not a poor one: nothing to ask."
		},
		"not-decodable": {
			request: null,
			why: "The buyer's browser cannot decode the format (HEIC in Chrome): our limitation, not the supplier's fault. The buyer may ask for JPEG by hand; the draft does not."
		}
	};
	/** The reused-photo problem when the checklist knows where the photo was seen first. */
	var REUSED_PROBLEM = {
		otherOrder: {
			en: "this photo was already sent for another order",
			zh: "这张照片之前在别的订单里已经发过了"
		},
		earlier: {
			en: "this photo was already sent earlier for this order",
			zh: "这张照片之前已经发过了，不是这次新拍的"
		}
	};
	/** The parts of an item in the numbered list. `{label}` is the shot's name, `{file}` the file name. */
	var ITEM_PHRASES = {
		/** Title of a photo to retake or resend: the shot and the file. */
		photo: {
			en: "{label} ({file})",
			zh: "{label}（{file}）"
		},
		/** A photo assigned to no shot name (should not happen: only shots are asked for). */
		photoNoLabel: {
			en: "{file}",
			zh: "{file}"
		},
		/** A poor photo whose findings ask nothing in particular. */
		retake: {
			en: "Please take it again.",
			zh: "麻烦重拍一张。"
		},
		/** The buyer rejected the photo, with the reason they typed (in their own language). */
		rejected: {
			en: "Not accepted ({reason}). Please take it again.",
			zh: "这张不符合要求（{reason}），麻烦重拍一张。"
		},
		rejectedNoReason: {
			en: "Not accepted. Please take it again.",
			zh: "这张不符合要求，麻烦重拍一张。"
		},
		/** A required shot not received. */
		missing: {
			en: "{label}: not received yet, please send it.",
			zh: "{label}：还没有收到，麻烦拍好发给我们。"
		},
		/** An optional shot not received (detailed drafts only). */
		missingOptional: {
			en: "{label} (optional, if you can): not received yet.",
			zh: "{label}（可选）：还没有收到，方便的话也请拍一张。"
		},
		/** The shot's instructions under a missing or rejected shot. */
		instructions: {
			en: "{instructions}",
			zh: "拍摄要求：{instructions}"
		}
	};
	var GENERAL_REQUESTS = {
		scale: {
			en: "In the new photos, please put a ruler or tape measure in the frame for scale.",
			zh: "新拍的照片里请放一把尺子或卷尺一起拍，作为大小的参照。"
		},
		"date-note": {
			en: "Please put a note in the photos with the date they are taken and our PO number, e.g. “{today} {po}”.",
			zh: "请在照片里放一张纸条，写上拍照当天的日期和我们的订单号，例如“{today} {po}”。"
		},
		"same-angles": {
			en: "Please take them from the same angles as the approved photos attached to this email.",
			zh: "拍摄角度请参考邮件附件里我们确认过的照片，尽量保持一致。"
		}
	};
	/**
	* The gate line: the photos are needed before the point of no return. `{gate}` is the gate's label
	* (a noun phrase: "packing and shipping", 装箱出货), `{due}` the formatted date.
	*/
	var GATE_PHRASES = {
		noDate: {
			en: "Please send these before {gate}; once we have confirmed them, you can go ahead.",
			zh: "请在{gate}之前把以上照片发给我们，我们确认没问题后你们再继续。"
		},
		due: {
			en: "Please send these before {gate}, planned for {due}; once we have confirmed them, you can go ahead.",
			zh: "{gate}计划在{due}，请在这之前把以上照片发给我们，我们确认没问题后你们再继续。"
		},
		overdue: {
			en: "{gate} was planned for {due}: please send these as soon as possible, and wait for our confirmation before you go ahead.",
			zh: "{gate}原计划在{due}，请尽快把以上照片发给我们，等我们确认后再继续。"
		}
	};
	/**
	* A due date and how far it is from today. `{date}` is `28 Nov 2026` / `11月28日` (`2027年1月5日` in
	* another year), `{weekday}` `Sat` / `周六`. Chinese keeps the weekday and the distance in one bracket.
	*/
	var DUE_PHRASES = {
		future: {
			en: "{weekday} {date} (in {days} days)",
			zh: "{date}（{weekday}，还有{days}天）"
		},
		tomorrow: {
			en: "{weekday} {date} (tomorrow)",
			zh: "{date}（{weekday}，明天）"
		},
		today: {
			en: "{weekday} {date} (today)",
			zh: "{date}（{weekday}，今天）"
		},
		yesterday: {
			en: "{weekday} {date} (yesterday)",
			zh: "{date}（{weekday}，昨天）"
		},
		past: {
			en: "{weekday} {date} ({days} days ago)",
			zh: "{date}（{weekday}，已经过了{days}天）"
		}
	};
	var WEEKDAYS = {
		en: [
			"Sun",
			"Mon",
			"Tue",
			"Wed",
			"Thu",
			"Fri",
			"Sat"
		],
		zh: [
			"周日",
			"周一",
			"周二",
			"周三",
			"周四",
			"周五",
			"周六"
		]
	};
	var MONTHS_EN = [
		"Jan",
		"Feb",
		"Mar",
		"Apr",
		"May",
		"Jun",
		"Jul",
		"Aug",
		"Sep",
		"Oct",
		"Nov",
		"Dec"
	];
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
	/** Fills `{name}` from `vars` in one pass; unknown names are left as they are. */
	function interpolate(text, vars) {
		return text.replace(/\{([A-Za-z]+)\}/g, (whole, name) => Object.hasOwn(vars, name) ? String(vars[name]) : whole);
	}
	/** `interpolate` on both languages. */
	function interpolateText(text, vars) {
		return {
			en: interpolate(text.en, vars),
			zh: interpolate(text.zh, vars)
		};
	}
	/** Different values per language (e.g. a shot label), else the same. */
	function interpolateLocal(text, vars) {
		const pick = (lang) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === "object" ? localOf(v, lang) : v]));
		return {
			en: interpolate(text.en, pick("en")),
			zh: interpolate(text.zh, pick("zh"))
		};
	}
	/** A language's text, else the other's (a buyer-made shot may have only one language filled in). */
	function localOf(text, lang) {
		if (text[lang]?.trim()) return text[lang];
		return text[lang === "en" ? "zh" : "en"] ?? "";
	}
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
	/** The wording of a re-request when the buyer has not written their own. */
	var DEFAULT_TEMPLATES = {
		en: paragraphs("{greeting}", MESSAGE_PHRASES.intro.en, "{items}", "{gate}", "{why}", MESSAGE_PHRASES.closing.en),
		zh: paragraphs("{greeting}", MESSAGE_PHRASES.intro.zh, "{items}", "{gate}", "{why}", MESSAGE_PHRASES.closing.zh)
	};
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
	function validateTemplate(text) {
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
	var HTML_ESCAPES = {
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&#39;"
	};
	var escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
	/**
	* Replaces each known placeholder with its value (empty when not given). Values are inserted once and
	* never scanned again. Unknown placeholders and stray braces are kept as written (validate first);
	* `{{` and `}}` become single braces.
	*/
	function fillTemplate(text, values, opts) {
		const esc = opts.escape === "html" ? escapeHtml : (s) => s;
		let out = "";
		for (const t of tokenizeTemplate(text)) if (t.kind === "placeholder") out += isPlaceholder(t.name) ? esc(values[t.name] ?? "") : text.slice(t.start, t.end);
		else out += t.text;
		return out;
	}
	// utils/reply/render.ts
	/** The line between the two languages in the sequential layout. */
	var LANGUAGE_SEPARATOR = "------------------------------";
	var keyOf = (l) => l === "zh-CN" ? "zh" : "en";
	function languagesOf(opts) {
		const langs = [...new Set(opts.languages.map(keyOf))];
		return langs.length ? langs : ["en", "zh"];
	}
	function templateFor(lang, opts) {
		const custom = opts.templates?.[lang];
		return custom !== void 0 && validateTemplate(custom).ok ? custom : DEFAULT_TEMPLATES[lang];
	}
	function valuesFor(draft, lang, opts) {
		return {
			greeting: draft.greeting[lang],
			supplier: draft.supplier,
			contact: draft.contact,
			po: draft.po,
			product: draft.product,
			stage: draft.stage[lang],
			gate: draft.gate?.[lang] ?? "",
			due: draft.due?.[lang] ?? "",
			why: opts.detail === "detailed" ? draft.why[lang] : "",
			buyer: draft.buyer,
			company: draft.company,
			today: draft.today
		};
	}
	/** Fills one paragraph; a line that had placeholders and came out blank goes, and so do blank ends. */
	function fillParagraph(source, values) {
		const lines = [];
		for (const line of source.split("\n")) {
			const filled = fillTemplate(line, values, { escape: "none" });
			if (tokenizeTemplate(line).some((t) => t.kind === "placeholder") && !filled.trim()) continue;
			lines.push(...filled.split("\n").map((l) => l.trimEnd()));
		}
		while (lines.length && !lines[0].trim()) lines.shift();
		while (lines.length && !lines.at(-1).trim()) lines.pop();
		return lines;
	}
	function itemPart(item, lang, detail) {
		return detail === "brief" ? {
			title: item.text[lang],
			details: []
		} : {
			title: item.title[lang],
			details: item.details.map((d) => d[lang])
		};
	}
	function layoutLanguage(draft, lang, opts) {
		const values = valuesFor(draft, lang, opts);
		const doc = {
			head: [],
			items: draft.items.filter((i) => opts.detail === "detailed" || !i.optional).map((i) => itemPart(i, lang, opts.detail)),
			tail: []
		};
		let seenItems = false;
		const add = (source) => {
			const lines = fillParagraph(source, values);
			if (lines.length) (seenItems ? doc.tail : doc.head).push(lines);
		};
		const template = templateFor(lang, opts).replace(/\r\n?/g, "\n");
		for (const paragraph of template.split(/\n[ \t]*\n/)) {
			const at = seenItems ? void 0 : tokenizeTemplate(paragraph).find((t) => t.kind === "placeholder" && t.name === "items");
			if (!at) {
				add(paragraph);
				continue;
			}
			add(paragraph.slice(0, at.start).trimEnd());
			seenItems = true;
			add(paragraph.slice(at.end).trimStart());
		}
		return doc;
	}
	function blocksOf(draft, opts) {
		const docs = languagesOf(opts).map((lang) => layoutLanguage(draft, lang, opts));
		const blocks = [];
		const paras = (ps) => ps.map((lines) => ({
			kind: "para",
			lines
		}));
		const list = (items) => items.length ? [{
			kind: "list",
			items
		}] : [];
		if (opts.layout === "interleaved" && docs.length > 1) {
			const zip = (pick) => {
				const n = Math.max(...docs.map((d) => pick(d).length));
				return Array.from({ length: n }, (_, i) => docs.flatMap((d) => pick(d)[i] ?? []));
			};
			blocks.push(...paras(zip((d) => d.head)));
			blocks.push(...list(docs[0].items.map((_, i) => docs.map((d) => d.items[i]))));
			blocks.push(...paras(zip((d) => d.tail)));
		} else docs.forEach((d, i) => {
			if (i > 0) blocks.push({ kind: "rule" });
			blocks.push(...paras(d.head), ...list(d.items.map((part) => [part])), ...paras(d.tail));
		});
		const signature = draft.signature.replace(/\r\n?/g, "\n").trim();
		if (signature) blocks.push({
			kind: "para",
			lines: signature.split("\n").map((l) => l.trimEnd())
		});
		return blocks;
	}
	var withDefaults = (draft, opts) => ({
		...draft.defaults,
		...Object.fromEntries(Object.entries(opts ?? {}).filter(([, v]) => v !== void 0))
	});
	/** Plain text: paragraphs apart by a blank line, items numbered `1.`, reasons indented under them. */
	function renderText(draft, opts) {
		const text = (b) => {
			switch (b.kind) {
				case "para": return b.lines.join("\n");
				case "rule": return LANGUAGE_SEPARATOR;
				case "list": return b.items.map((parts, i) => parts.flatMap((p, j) => [`${j === 0 ? `${i + 1}.` : "  "} ${p.title}`, ...p.details.map((d) => `   - ${d}`)]).join("\n")).join("\n");
			}
		};
		return blocksOf(draft, withDefaults(draft, opts)).map(text).join("\n\n");
	}
	// utils/reply/draft.ts
	/** A re-request for what the checklist lacks, or `undefined` when there is nothing to ask. */
	function draftReRequest(input) {
		const { order, stage, checklist, settings, supplier, today, extras = [] } = input;
		const required = [];
		const optionalRetakes = [];
		const optionalMissing = [];
		for (const result of checklist.shots) {
			const { shot, status } = result;
			if (status === "missing") (shot.required ? required : optionalMissing).push(missingItem(shot));
			else if (status === "poor" || status === "rejected") (shot.required ? required : optionalRetakes).push(retakeItem(result, checklist, order.id));
		}
		if (required.length + optionalRetakes.length === 0) return void 0;
		const po = order.poNumbers.join(" / ");
		const general = [...new Set(extras)].map((g) => generalItem(g, {
			po,
			today
		}));
		const contact = supplier?.contactName?.trim() ?? "";
		const due = dueText(checklist.gate.dueDate ?? stage.gate?.dueDate ?? stage.dueDate, today);
		const askedShots = new Set([...required, ...optionalRetakes].map((i) => i.shotId));
		const gateBlocked = checklist.gate.blockers.some((b) => askedShots.has(b.shot.id));
		const draft = {
			orderId: order.id,
			stageId: stage.id,
			today,
			po,
			product: order.product,
			stage: {
				en: localOf(stage.name, "en"),
				zh: localOf(stage.name, "zh")
			},
			supplier: supplier?.company ?? "",
			contact,
			greeting: contact ? interpolateText(MESSAGE_PHRASES.greeting, { contact }) : { ...MESSAGE_PHRASES.greetingGeneric },
			items: [
				...required,
				...optionalRetakes,
				...optionalMissing,
				...general
			],
			why: { ...MESSAGE_PHRASES.why },
			buyer: settings.buyer.name,
			company: settings.buyer.company,
			signature: signatureOf(settings),
			defaults: {
				layout: settings.replyLayout,
				detail: settings.replyDetail,
				languages: [...supplier?.replyLanguages?.length ? supplier.replyLanguages : settings.replyLanguages],
				...settings.replyTemplates ? { templates: { ...settings.replyTemplates } } : {}
			}
		};
		if (due) draft.due = due.text;
		if (stage.gate && gateBlocked) draft.gate = gateLine(stage.gate.label, due);
		return draft;
	}
	/** The draft's items as the request log keeps them (what the rendered draft with `detail` shows). */
	function toLogItems(draft, opts = {}) {
		const detail = opts.detail ?? draft.defaults.detail;
		const lang = opts.language === "zh-CN" ? "zh" : "en";
		return draft.items.filter((i) => detail === "detailed" || !i.optional).map((i) => ({
			...i.shotId ? { shotId: i.shotId } : {},
			...i.fileName !== void 0 ? { fileName: i.fileName } : {},
			...i.codes ? { codes: [...i.codes] } : {},
			text: i.text[lang]
		}));
	}
	function missingItem(shot) {
		const title = interpolateLocal(shot.required ? ITEM_PHRASES.missing : ITEM_PHRASES.missingOptional, { label: shot.label });
		const details = hasText(shot.instructions) ? [interpolateLocal(ITEM_PHRASES.instructions, { instructions: shot.instructions })] : [];
		return {
			kind: "missing",
			shotId: shot.id,
			...shot.required ? {} : { optional: true },
			text: title,
			title,
			details
		};
	}
	var hasText = (t) => Boolean(t.en?.trim() || t.zh?.trim());
	/** Codes once each, fails first (they made the shot poor), information-only findings left out. */
	function findingsToAsk(result, checklist, photo) {
		const all = [...result.findings, ...photo && checklist.findings[photo.sha256] || []];
		const seen = /* @__PURE__ */ new Set();
		const out = [];
		for (const f of [...all.filter((f) => f.severity === "fail"), ...all.filter((f) => f.severity === "warn")]) {
			if (seen.has(f.code) || FINDING_PHRASES[f.code].request === null) continue;
			seen.add(f.code);
			out.push(f);
		}
		return out;
	}
	function retakeItem(result, checklist, orderId) {
		const { shot, status } = result;
		const photo = result.best ?? result.photos[0];
		const fileName = photo ? fileNameOf(photo, orderId) : void 0;
		const findings = findingsToAsk(result, checklist, photo);
		const reuse = photo && checklist.reused.find((r) => r.photo.sha256 === photo.sha256);
		const groups = /* @__PURE__ */ new Map();
		for (const f of findings) {
			const request = FINDING_PHRASES[f.code].request;
			groups.set(request, [...groups.get(request) ?? [], f]);
		}
		const requests = REQUEST_ORDER.filter((r) => groups.has(r));
		const lines = requests.map((request) => {
			const problems = groups.get(request).map((f) => problemOf(f, reuse));
			const full = REQUESTS[request].full;
			return {
				en: `${capitalise(problems.map((p) => p.en).join("; "))}. ${full.en}`,
				zh: `${problems.map((p) => p.zh).join("；")}。${full.zh}`
			};
		});
		const shorts = {
			en: unique(findings.map((f) => shortOf(f, "en"))),
			zh: unique(findings.map((f) => shortOf(f, "zh")))
		};
		const rejection = status === "rejected" || photo?.status.state === "rejected" ? rejectionOf(photo?.status.state === "rejected" ? photo.status.reason : "") : void 0;
		const name = fileName ?? "";
		const label = hasText(shot.label) ? shot.label : void 0;
		const heading = label ? interpolateLocal(ITEM_PHRASES.photo, {
			label,
			file: name
		}) : interpolateText(ITEM_PHRASES.photoNoLabel, { file: name });
		const headingNoFile = label ? {
			en: localOf(label, "en"),
			zh: localOf(label, "zh")
		} : heading;
		const title = fileName ? heading : headingNoFile;
		const sentences = [];
		if (rejection) sentences.push(rejection);
		if (shorts.en.length) sentences.push({
			en: `${shorts.en.join(", ")}.`,
			zh: `${shorts.zh.join("、")}。`
		});
		for (const r of requests) sentences.push(REQUESTS[r].short);
		if (!sentences.length) sentences.push(ITEM_PHRASES.retake);
		const text = {
			en: `${title.en}: ${sentences.map((s) => s.en).join(" ")}`,
			zh: `${title.zh}：${sentences.map((s) => s.zh).join("")}`
		};
		const details = [];
		if (rejection) {
			details.push(rejection);
			if (hasText(shot.instructions)) details.push(interpolateLocal(ITEM_PHRASES.instructions, { instructions: shot.instructions }));
		}
		details.push(...lines);
		if (!details.length) details.push({ ...ITEM_PHRASES.retake });
		return {
			kind: "retake",
			shotId: shot.id,
			...fileName !== void 0 ? { fileName } : {},
			codes: findings.map((f) => f.code),
			text,
			title: {
				en: `${title.en}:`,
				zh: `${title.zh}：`
			},
			details
		};
	}
	function rejectionOf(reason) {
		const r = reason.trim().replace(/[.。]+$/, "");
		return r ? interpolateText(ITEM_PHRASES.rejected, { reason: r }) : { ...ITEM_PHRASES.rejectedNoReason };
	}
	function generalItem(request, vars) {
		const text = interpolateText(GENERAL_REQUESTS[request], vars);
		return {
			kind: "general",
			text,
			title: text,
			details: []
		};
	}
	var unique = (xs) => [...new Set(xs)];
	var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
	function shortOf(f, lang) {
		const phrase = FINDING_PHRASES[f.code];
		return phrase.request === null ? "" : phrase.short[lang];
	}
	/** The values a `measured` phrase may name; a phrase naming one that is absent is left out. */
	function measuredValues(f) {
		const v = {};
		const plain = (x) => typeof x === "number" ? String(Math.round(x)) : String(x);
		if (f.measured !== void 0 && f.measured !== "") v.value = f.code === "small-file" ? formatBytes(Number(f.measured)) : plain(f.measured);
		if (f.threshold !== void 0 && f.threshold !== "") v.threshold = plain(f.threshold);
		if (f.other) v.other = f.other;
		return v;
	}
	function problemOf(f, reuse) {
		const phrase = FINDING_PHRASES[f.code];
		if (phrase.request === null) return {
			en: "",
			zh: ""
		};
		let problem = phrase.problem;
		const values = measuredValues(f);
		if (f.code === "reused" && reuse) {
			problem = reuse.sameOrder ? REUSED_PROBLEM.earlier : REUSED_PROBLEM.otherOrder;
			values.other = `${reuse.firstSeen.fileName}, ${reuse.firstSeen.receivedAt.slice(0, 10)}`;
		}
		if (!phrase.measured) return problem;
		if (![...phrase.measured.en.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).every((n) => n in values)) return problem;
		const m = interpolateText(phrase.measured, values);
		return {
			en: `${problem.en} (${m.en})`,
			zh: `${problem.zh}（${m.zh}）`
		};
	}
	/** The file name of the photo as this order received it (its latest sighting for the order). */
	function fileNameOf(p, orderId) {
		return (p.origins.filter((o) => (o.orderId ?? p.orderId) === orderId).at(-1) ?? p.origins.at(-1))?.fileName;
	}
	var dayNumber = (d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 864e5;
	function dueText(date, today) {
		if (!date) return void 0;
		const at = /* @__PURE__ */ new Date(`${date.slice(0, 10)}T00:00:00Z`);
		if (Number.isNaN(at.getTime())) return void 0;
		const days = Math.round(dayNumber(date) - dayNumber(today));
		const year = at.getUTCFullYear();
		const sameYear = String(year) === today.slice(0, 4);
		const vars = {
			en: {
				date: `${at.getUTCDate()} ${MONTHS_EN[at.getUTCMonth()]} ${year}`,
				weekday: WEEKDAYS.en[at.getUTCDay()],
				days: Math.abs(days)
			},
			zh: {
				date: `${sameYear ? "" : `${year}年`}${at.getUTCMonth() + 1}月${at.getUTCDate()}日`,
				weekday: WEEKDAYS.zh[at.getUTCDay()],
				days: Math.abs(days)
			}
		};
		const phrase = days > 1 ? DUE_PHRASES.future : days === 1 ? DUE_PHRASES.tomorrow : days === 0 ? DUE_PHRASES.today : days === -1 ? DUE_PHRASES.yesterday : DUE_PHRASES.past;
		return {
			text: {
				en: interpolate(phrase.en, vars.en),
				zh: interpolate(phrase.zh, vars.zh)
			},
			days
		};
	}
	function gateLine(label, due) {
		const line = interpolateLocal(!due ? GATE_PHRASES.noDate : due.days < 0 ? GATE_PHRASES.overdue : GATE_PHRASES.due, {
			gate: label,
			due: due?.text ?? ""
		});
		return {
			en: capitalise(line.en),
			zh: line.zh
		};
	}
	function signatureOf(settings) {
		const { name, company, signature } = settings.buyer;
		return signature.trim() || [name, company].map((s) => s.trim()).filter(Boolean).join("\n");
	}
	/** A zip entry's file name without its folders, for matching "Download all" entries to tiles. */
	var baseName = (name) => (name.split(/[\\/]/).pop() ?? name).toLowerCase();
	var isPhotoAttachment = (a) => (a.kind === "image" || a.kind === "zip") && a.fetchUrl;
	/** Whether a message has anything for Photo Triage: no photos, no work at all. */
	function hasPhotos(m) {
		return m.attachments.some((a) => a.kind === "image" || a.kind === "zip") || m.inlineImages.length > 0 || m.driveLinks.length > 0;
	}
	var MessageTriage = class {
		message;
		rpc;
		channel;
		adapter;
		context = y$1({ status: "loading" });
		photos = y$1([]);
		failures = y$1({});
		pending = y$1(/* @__PURE__ */ new Set());
		stageView = y$1(void 0);
		storeError = y$1(void 0);
		dismissed = y$1(false);
		/** Object URLs of this message's thumbnails and reference photos, revoked when it closes. */
		blobUrls = createBlobUrls();
		updates = createPatchBatch(this.photos, (p) => p.key);
		/** The supplier's unanswered re-requests for this order, newest first. */
		requests = y$1([]);
		/** What the last reply action did, said in the panel. */
		replyNote = y$1(void 0);
		/** Request keys measured from the buyer's own download (Outlook), so the badge can say so. */
		captured = y$1(/* @__PURE__ */ new Set());
		stopped = false;
		chosenOrderId;
		constructor(message, rpc, channel, adapter) {
			this.message = message;
			this.rpc = rpc;
			this.channel = channel;
			this.adapter = adapter;
		}
		/** The re-request for what the stage still lacks, or undefined when there is nothing to ask. */
		draft = O(() => {
			const c = this.context.value;
			const view = this.stageView.value;
			if (c.status !== "ready" || !view || !c.context.order || !c.context.stage) return void 0;
			return draftReRequest({
				order: c.context.order,
				stage: c.context.stage,
				checklist: view.checklist,
				settings: c.context.settings,
				supplier: c.context.supplier,
				today: todayLocal()
			});
		});
		get attachments() {
			return [...this.message.attachments, ...this.message.inlineImages];
		}
		/** Findings per photo key: the report's, the message's duplicates, and reuse from the checklist. */
		findings = O(() => {
			const done = this.photos.value.filter((p) => p.report);
			const c = this.context.value;
			const extra = findBatchDuplicates(done.map((p) => ({
				name: p.name,
				report: p.report
			})), c.status === "ready" ? c.context.settings.thresholds : void 0);
			const fromChecklist = this.stageView.value?.checklist.findings ?? {};
			const out = {};
			done.forEach((p, i) => {
				const reused = p.report?.sha256 && fromChecklist[p.report.sha256]?.filter((f) => f.code === "reused") || [];
				out[p.key] = [
					...p.report.findings,
					...extra[i],
					...reused
				];
			});
			return out;
		});
		/** What each attachment's badge shows right now. */
		badgeState(a) {
			const key = this.requestKey(a);
			const photo = this.photoOf(a);
			const failure = this.failures.value[key] ?? (!photo && a.byteStrategy === "outlook-download-capture" ? this.failures.value[this.downloadAllKey] : void 0);
			if (failure) return {
				phase: "failed",
				failure
			};
			if (a.kind === "zip") {
				const entries = this.photos.value.filter((p) => p.attachmentKey === key);
				if (!entries.length) return {
					phase: "displayed",
					displayedSize: a.displayedSize
				};
				const verdicts = {
					ok: 0,
					warn: 0,
					fail: 0,
					error: 0
				};
				let done = 0;
				for (const e of entries) {
					if (!e.report) continue;
					done++;
					const f = this.findings.value[e.key] ?? [];
					const v = e.report.error ? "error" : f.some((x) => x.severity === "fail") ? "fail" : f.some((x) => x.severity === "warn") ? "warn" : "ok";
					verdicts[v]++;
				}
				return {
					phase: "zip",
					photos: entries.length,
					done,
					verdicts
				};
			}
			if (photo?.report) return {
				phase: "full",
				report: photo.report,
				findings: this.findings.value[key] ?? photo.report.findings
			};
			if (photo?.header) return {
				phase: "header",
				report: photo.header
			};
			if (!a.fetchUrl) {
				if (a.previewSize) return {
					phase: "preview",
					...a.previewSize,
					displayedSize: a.displayedSize
				};
				return {
					phase: "not-measurable",
					reason: a.byteStrategy === "outlook-download-capture" ? "download-to-check" : "no-link"
				};
			}
			return {
				phase: "displayed",
				displayedSize: a.displayedSize
			};
		}
		requestKey(a) {
			return `${this.message.id}/${a.key}`;
		}
		/** The key of the zip Outlook's "Download all" saved, whose entries stand for download-only tiles. */
		get downloadAllKey() {
			return `${this.message.id}/download-all`;
		}
		/** The photo measured for an attachment: its own, or the same-named entry of a captured "Download all". */
		photoOf(a) {
			const key = this.requestKey(a);
			const own = this.photos.value.find((p) => p.key === key);
			if (own || a.byteStrategy !== "outlook-download-capture") return own;
			const name = a.name.toLowerCase();
			return this.photos.value.find((p) => p.attachmentKey === this.downloadAllKey && baseName(p.name) === name);
		}
		/** Whether the attachment was measured from the buyer's download (directly or inside "Download all"). */
		isCaptured(a) {
			const photo = this.photoOf(a);
			return !!photo && this.captured.value.has(photo.attachmentKey);
		}
		/** Who sent it and which order it belongs to; then, for a supplier, the photos (once per opening). */
		async start() {
			const context = await this.loadContext();
			if (context?.supplier && !context.ignored && !this.analysing) {
				this.analysing = true;
				await this.analyzeAll();
			}
		}
		analysing = false;
		async loadContext() {
			try {
				const context = await this.rpc.messageContext({
					client: this.message.client,
					senderEmail: this.message.sender.email,
					subject: this.message.subject,
					bodyText: this.message.bodyText(),
					threadId: this.message.threadId,
					orderId: this.chosenOrderId
				});
				if (this.stopped) return void 0;
				this.context.value = {
					status: "ready",
					context
				};
				return context;
			} catch (e) {
				this.context.value = {
					status: "error",
					message: e instanceof Error ? e.message : String(e)
				};
				return;
			}
		}
		/**
		* Ask the background for every photo of the message, except those already filed from it (the buyer
		* reopened the message): their reports come from the store and nothing is downloaded again.
		*/
		async analyzeAll() {
			const known = await this.rpc.photosOfMessage(this.message.id).catch(() => []);
			if (this.stopped) return;
			for (const a of this.attachments) {
				if (!isPhotoAttachment(a)) continue;
				const filed = a.kind === "image" && known.find((r) => r.origins.some((o) => o.messageId === this.message.id && o.fileName === a.name));
				if (filed) {
					const key = this.requestKey(a);
					this.photos.value = [...this.photos.value.filter((p) => p.key !== key), {
						key,
						name: a.name,
						attachmentKey: key,
						report: filed.report,
						thumbnail: filed.thumbnail,
						filed: true
					}];
				} else this.analyze(a);
			}
			if (this.pending.value.size === 0) this.record();
		}
		analyze(a) {
			if (!a.fetchUrl) {
				if (a.byteStrategy === "outlook-download-capture") this.clearFailure(this.requestKey(a));
				return;
			}
			this.request(this.requestKey(a), {
				url: a.fetchUrl,
				name: a.name,
				kind: a.kind === "zip" ? "zip" : "image",
				sizeHint: a.displayedSize
			});
		}
		/**
		* A file the buyer downloaded (Outlook hands some attachments only to the download): measure it if it is
		* one still waiting for bytes. The background fetches a captured URL from the attachment host, or reads
		* the captured file sent as a data URL.
		*/
		async analyzeCaptured(match, capture) {
			const ctx = this.ready;
			if (!ctx?.supplier || ctx.ignored || this.stopped) return;
			const waiting = (a) => a.byteStrategy === "outlook-download-capture" && !this.photoOf(a)?.report;
			const target = "attachment" in match ? waiting(match.attachment) && {
				key: this.requestKey(match.attachment),
				name: match.attachment.name,
				kind: match.attachment.kind === "zip" ? "zip" : "image",
				sizeHint: capture.blob?.size ?? match.attachment.displayedSize
			} : match.all.some(waiting) && {
				key: this.downloadAllKey,
				name: capture.name ?? "attachments.zip",
				kind: "zip",
				sizeHint: capture.blob?.size
			};
			if (!target) return;
			let url = capture.url;
			if (!url && capture.blob) {
				if (capture.blob.size > 41943040) {
					this.onFailed(target.key, {
						code: "too-large",
						message: "The downloaded file is too large to measure here: drop it on Check photos."
					});
					return;
				}
				url = await blobToDataUrl(capture.blob);
			}
			if (!url || this.stopped) return;
			this.captured.value = /* @__PURE__ */ new Set([...this.captured.value, target.key]);
			this.request(target.key, {
				...target,
				url
			});
		}
		clearFailure(key) {
			if (!(key in this.failures.value)) return;
			const failures = { ...this.failures.value };
			delete failures[key];
			this.failures.value = failures;
		}
		request(key, fields) {
			this.clearFailure(key);
			this.photos.value = this.photos.value.filter((p) => p.attachmentKey !== key);
			this.pending.value = /* @__PURE__ */ new Set([...this.pending.value, key]);
			this.channel.request({
				type: "analyze",
				key,
				...fields,
				receivedAt: this.message.date
			}, this);
		}
		onFound(key, found) {
			if (key === this.downloadAllKey) {
				const wanted = new Set(this.attachments.filter((a) => a.byteStrategy === "outlook-download-capture").map((a) => a.name.toLowerCase()));
				found = found.filter((f) => wanted.has(baseName(f.name)));
			}
			const entries = found.map((f) => ({
				key: f.key,
				name: f.name,
				attachmentKey: key,
				report: f.report
			}));
			this.photos.value = [...this.photos.value.filter((p) => !entries.some((e) => e.key === p.key)), ...entries];
		}
		onHeader(photoKey, report) {
			this.updates.patch(photoKey, { header: report });
		}
		onReport(photoKey, report, thumbnail) {
			this.updates.patch(photoKey, {
				report,
				thumbnail: thumbnail ? dataUrlToBlob(thumbnail) : void 0
			});
		}
		onFailed(key, failure) {
			this.failures.value = {
				...this.failures.value,
				[key]: failure
			};
		}
		onDone(key) {
			this.updates.flush();
			const pending = new Set(this.pending.value);
			pending.delete(key);
			this.pending.value = pending;
			if (pending.size === 0) this.record();
		}
		get ready() {
			const c = this.context.value;
			return c.status === "ready" ? c.context : void 0;
		}
		/** File the message's photos with their origin, then load the stage's checklist. */
		async record(includeFiled = false) {
			const ctx = this.ready;
			if (!ctx?.supplier || this.stopped) return;
			const fresh = this.photos.value.filter((p) => p.report?.sha256 && (includeFiled || !p.filed));
			try {
				if (fresh.length) await this.rpc.recordPhotos({
					client: this.message.client,
					messageId: this.message.id,
					threadId: this.message.threadId,
					sender: this.message.sender.email,
					receivedAt: this.message.date ?? (/* @__PURE__ */ new Date()).toISOString(),
					orderId: ctx.order?.id,
					stageId: ctx.stage?.id,
					photos: fresh.map((p) => ({
						fileName: p.name,
						report: p.report,
						thumbnail: p.thumbnail
					}))
				});
				await this.refreshStage();
			} catch (e) {
				this.storeError.value = e instanceof Error ? e.message : String(e);
			}
		}
		async refreshStage() {
			const ctx = this.ready;
			if (!ctx?.order || !ctx.stage || this.stopped) return;
			const [view] = await Promise.all([this.rpc.stageView(ctx.order.id, ctx.stage.id), this.refreshRequests()]);
			this.stageView.value = view;
		}
		async refreshRequests() {
			const ctx = this.ready;
			if (!ctx?.order || this.stopped) return;
			this.requests.value = (await this.rpc.openRequests(ctx.order.id)).reverse();
		}
		async log(draft, channel) {
			await this.rpc.logRequest({
				orderId: draft.orderId,
				stageId: draft.stageId,
				channel,
				messageId: this.message.id,
				threadId: this.message.threadId,
				items: toLogItems(draft)
			});
			await this.refreshRequests();
		}
		/** Open the reply (if it is not open) and type the draft in where the cursor is. Nothing is sent. */
		insertDraft() {
			const draft = this.draft.value;
			if (!draft) return Promise.resolve();
			return this.guarded(async () => {
				const editor = this.adapter.findReplyBox(this.message) ?? await this.adapter.openReply(this.message, this.message.signal);
				const text = renderText(draft);
				if (!editor || !insertIntoEditor(editor, text)) {
					await navigator.clipboard.writeText(text);
					this.replyNote.value = "The reply box could not be opened: the draft is on the clipboard, paste it into your reply.";
					return;
				}
				await this.log(draft, this.message.client);
				this.replyNote.value = "Draft put in the reply. Check it and send it yourself: nothing is sent automatically.";
			});
		}
		/** The plain-text draft on the clipboard, for WeChat. */
		copyForWeChat() {
			const draft = this.draft.value;
			if (!draft) return Promise.resolve();
			return this.guarded(async () => {
				await navigator.clipboard.writeText(renderText(draft));
				await this.log(draft, "wechat");
				this.replyNote.value = "Copied: paste it into WeChat.";
			});
		}
		markAnswered(requestId) {
			return this.guarded(async () => {
				await this.rpc.markAnswered(requestId);
				await this.refreshRequests();
			});
		}
		async guarded(action) {
			try {
				this.storeError.value = void 0;
				await action();
			} catch (e) {
				this.storeError.value = e instanceof Error ? e.message : String(e);
			}
		}
		chooseOrder(orderId) {
			return this.guarded(async () => {
				this.chosenOrderId = orderId;
				if (this.message.threadId) await this.rpc.rememberThreadOrder(this.message.client, this.message.threadId, orderId);
				this.stageView.value = void 0;
				await this.loadContext();
				if (this.pending.value.size === 0) await this.record(true);
			});
		}
		assign(sha256, shotId) {
			const ctx = this.ready;
			if (!ctx?.order || !ctx.stage) return Promise.resolve();
			return this.guarded(async () => {
				await this.rpc.assignPhoto(sha256, {
					orderId: ctx.order.id,
					stageId: ctx.stage.id,
					shotId
				});
				await this.refreshStage();
			});
		}
		setStatus(sha256, state, reason) {
			return this.guarded(async () => {
				await this.rpc.setPhotoStatus(sha256, {
					state,
					reason
				});
				await this.refreshStage();
			});
		}
		acceptSender() {
			return this.guarded(async () => {
				const { email, name } = this.message.sender;
				if (!email) return;
				await this.rpc.addSupplierFromSender(email, name);
				await this.start();
			});
		}
		ignoreSender() {
			return this.guarded(async () => {
				if (this.message.sender.email) await this.rpc.ignoreSender(this.message.sender.email);
				this.dismissed.value = true;
			});
		}
		stop() {
			this.stopped = true;
			this.blobUrls.revokeAll();
			for (const key of this.pending.value) this.channel.cancel(key);
			this.pending.value = /* @__PURE__ */ new Set();
		}
	};
	// components/PhotoFacts.tsx
	function Row({ label, value }) {
		return /* @__PURE__ */ u(S$1, { children: [/* @__PURE__ */ u("dt", { children: label }), /* @__PURE__ */ u("dd", { children: value === void 0 || value === "" ? "—" : value })] });
	}
	function PhotoFactList({ report: r, verdict, sizeHint, extra }) {
		const m = r?.pixels?.ok ? r.pixels.metrics : void 0;
		return /* @__PURE__ */ u("dl", {
			class: "facts",
			children: [
				/* @__PURE__ */ u(Row, {
					label: "Verdict",
					value: VERDICT_LABEL[verdict]
				}),
				/* @__PURE__ */ u(Row, {
					label: "Format",
					value: r?.format.toUpperCase()
				}),
				/* @__PURE__ */ u(Row, {
					label: "Dimensions",
					value: r ? formatDimensions(r.width, r.height) : void 0
				}),
				/* @__PURE__ */ u(Row, {
					label: "File size",
					value: formatBytes(r?.bytes ?? sizeHint)
				}),
				/* @__PURE__ */ u(Row, {
					label: "JPEG quality",
					value: r?.jpeg?.quality
				}),
				/* @__PURE__ */ u(Row, {
					label: "Progressive",
					value: r?.jpeg ? r.jpeg.progressive ? "yes" : "no" : void 0
				}),
				/* @__PURE__ */ u(Row, {
					label: "Taken",
					value: formatTakenAt(r?.exif?.takenAt, r?.exif?.takenAtOffset)
				}),
				/* @__PURE__ */ u(Row, {
					label: "Camera",
					value: [r?.exif?.make, r?.exif?.model].filter(Boolean).join(" ")
				}),
				/* @__PURE__ */ u(Row, {
					label: "Software",
					value: r?.exif?.software
				}),
				/* @__PURE__ */ u(Row, {
					label: "GPS",
					value: r?.exif ? r.exif.hasGps ? "yes" : "no" : void 0
				}),
				/* @__PURE__ */ u(Row, {
					label: "Sharpness",
					value: m?.sharpness
				}),
				/* @__PURE__ */ u(Row, {
					label: "Brightness",
					value: m ? `${m.meanLuminance} / 255` : void 0
				}),
				/* @__PURE__ */ u(Row, {
					label: "Clipped",
					value: m ? `${Math.round(m.clippedDark * 100)}% dark · ${Math.round(m.clippedBright * 100)}% bright` : void 0
				}),
				/* @__PURE__ */ u(Row, {
					label: "Header read",
					value: r ? formatBytes(r.bytesRead) : void 0
				}),
				r?.pixels && !r.pixels.ok && /* @__PURE__ */ u(Row, {
					label: "Pixels",
					value: describePixelSkip(r.pixels.reason)
				}),
				r?.error && /* @__PURE__ */ u(Row, {
					label: "Problem",
					value: r.error.message
				}),
				extra?.map((e) => /* @__PURE__ */ u(Row, {
					label: e.label,
					value: e.value
				}, e.label))
			]
		});
	}
	function FindingList({ findings, done }) {
		if (findings.length === 0) return done ? /* @__PURE__ */ u("p", {
			class: "all-good",
			children: "Nothing to ask for: this photo is fine to inspect."
		}) : null;
		return /* @__PURE__ */ u("ol", {
			class: "finding-list",
			children: findings.map((f) => {
				const text = describeFinding(f);
				return /* @__PURE__ */ u("li", {
					class: `sev-${f.severity}`,
					children: [
						/* @__PURE__ */ u("strong", { children: text.short }),
						" — ",
						text.detail,
						/* @__PURE__ */ u("div", {
							class: "ask",
							children: ["Ask for: ", text.ask]
						})
					]
				}, f.code);
			})
		});
	}
	// components/mail/PhotoBadge.tsx
	function PhotoBadge({ name, view, report, displayedSize, how, onRetry }) {
		const open = useSignal(false);
		return /* @__PURE__ */ u("span", {
			class: "pt badge-wrap",
			children: [
				/* @__PURE__ */ u("button", {
					type: "button",
					class: `badge tone-${view.tone}`,
					title: view.title,
					"aria-expanded": open.value,
					"aria-label": `Photo Triage: ${name}: ${view.text}. ${view.title}`,
					"data-photo-name": name,
					"data-width": report?.width ?? "",
					"data-height": report?.height ?? "",
					"data-bytes": report?.bytes ?? displayedSize ?? "",
					"data-format": report?.format ?? "",
					"data-verdict": view.verdict,
					"data-findings": view.findings.map((f) => f.code).join(" "),
					"data-sharpness": report?.pixels?.ok ? report.pixels.metrics.sharpness : "",
					onClick: () => {
						open.value = !open.value;
					},
					children: view.text
				}),
				onRetry && /* @__PURE__ */ u("button", {
					type: "button",
					class: "retry",
					onClick: onRetry,
					children: "retry"
				}),
				open.value && /* @__PURE__ */ u("div", {
					class: "popover",
					role: "dialog",
					"aria-label": `Details for ${name}`,
					children: [
						/* @__PURE__ */ u("h3", { children: name }),
						report ? /* @__PURE__ */ u(S$1, { children: [/* @__PURE__ */ u(PhotoFactList, {
							report,
							verdict: view.verdict,
							sizeHint: displayedSize
						}), /* @__PURE__ */ u(FindingList, {
							findings: view.findings,
							done: view.verdict !== "pending"
						})] }) : /* @__PURE__ */ u("p", {
							class: "note",
							children: view.title
						}),
						/* @__PURE__ */ u("p", {
							class: "how",
							children: how
						})
					]
				})
			]
		});
	}
	// components/mail/start-mail-triage.tsx
	var HOW = {
		"gmail-download-url": "Measured from the attachment, downloaded by Photo Triage (Gmail’s download link).",
		"gmail-card-link": "Measured from the attachment, downloaded by Photo Triage (the card’s link).",
		"gmail-inline": "Measured from the picture in the message, downloaded whole by Photo Triage.",
		"outlook-download-url": "Measured from the attachment, downloaded by Photo Triage with its Outlook permission.",
		"outlook-inline": "Measured from the picture in the message, downloaded whole by Photo Triage.",
		"outlook-preview": "Only Outlook’s preview was available: its size is known, the file’s bytes are not.",
		"outlook-download-capture": "Outlook gives this file only to your download: click Download in Outlook and the badge fills in.",
		none: "Photo Triage cannot download this file."
	};
	var CAPTURED_HOW = "Measured from the file you downloaded: Outlook gives this file only to your download.";
	function AttachmentBadge({ triage, attachment }) {
		const state = useComputed(() => triage.badgeState(attachment));
		const context = triage.context.value;
		const thresholds = context.status === "ready" ? context.context.settings.thresholds : DEFAULT_THRESHOLDS;
		const photo = triage.photoOf(attachment);
		const view = badgeView(state.value, thresholds);
		const how = triage.isCaptured(attachment) ? CAPTURED_HOW : HOW[attachment.byteStrategy] ?? "";
		return /* @__PURE__ */ u(PhotoBadge, {
			name: attachment.name,
			view,
			report: photo?.report ?? photo?.header,
			displayedSize: attachment.displayedSize,
			how,
			onRetry: state.value.phase === "failed" ? () => triage.analyze(attachment) : void 0
		});
	}
	function DriveBadge({ link }) {
		const view = badgeView({
			phase: "not-measurable",
			reason: "drive"
		}, DEFAULT_THRESHOLDS);
		return /* @__PURE__ */ u(PhotoBadge, {
			name: link.name,
			view,
			how: "Files behind a Drive link cannot be measured."
		});
	}
	function LayoutNotice({ report, onClose }) {
		const text = diagnosticsText(report, {
			extensionVersion: browser.runtime.getManifest().version,
			browser: navigator.userAgent
		});
		return /* @__PURE__ */ u("div", {
			class: "pt toast",
			role: "alert",
			"data-layout-notice": "",
			children: [
				/* @__PURE__ */ u("strong", { children: [
					"Photo Triage doesn’t recognise this ",
					report.client === "gmail" ? "Gmail" : "Outlook",
					" layout."
				] }),
				/* @__PURE__ */ u("p", { children: "Badges are off on this page until Photo Triage is updated. Nothing was changed in your mail. Sending the diagnostics below helps us fix it; they contain no message text, names or addresses." }),
				/* @__PURE__ */ u("pre", { children: text }),
				/* @__PURE__ */ u("div", {
					class: "actions",
					children: [/* @__PURE__ */ u("button", {
						type: "button",
						class: "btn primary",
						onClick: () => void navigator.clipboard.writeText(text),
						children: "Copy diagnostics"
					}), /* @__PURE__ */ u("button", {
						type: "button",
						class: "btn",
						onClick: onClose,
						children: "Dismiss"
					})]
				})
			]
		});
	}
	function startMailTriage(ctx, adapter) {
		const instance = claimPage(document);
		const rpc = createRpcClient((request) => browser.runtime.sendMessage(request));
		const owners = /* @__PURE__ */ new Map();
		let port;
		const send = (command) => {
			if (ctx.isInvalid) return;
			if (!port) {
				port = browser.runtime.connect({ name: ANALYZE_PORT });
				port.onMessage.addListener((message) => {
					const event = message;
					const owner = owners.get(event.key);
					if (!owner) return;
					if (event.type === "found") owner.onFound(event.key, event.photos);
					else if (event.type === "header") owner.onHeader(event.photoKey, event.report);
					else if (event.type === "report") owner.onReport(event.photoKey, event.report, event.thumbnail);
					else if (event.type === "failed") owner.onFailed(event.key, event.failure);
					else {
						owners.delete(event.key);
						owner.onDone(event.key);
					}
				});
				port.onDisconnect.addListener(() => {
					port = void 0;
					ctx.isInvalid;
				});
			}
			port.postMessage(command);
		};
		const channel = {
			request(req, owner) {
				owners.set(req.key, owner);
				send(req);
			},
			cancel(key) {
				if (owners.delete(key)) send({
					type: "cancel",
					key
				});
			}
		};
		const mount = async (anchor, append, name, node) => {
			const ui = await createShadowRootUi(ctx, {
				name,
				position: "inline",
				anchor,
				append,
				css: `${photo_facts_default}\n${mail_default}`,
				isolateEvents: true,
				onMount: (container) => {
					R(node(), container);
					return container;
				},
				onRemove: (container) => container && R(null, container)
			});
			ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, instance);
			if (ctx.isValid) ui.mount();
			return ui;
		};
		const open = /* @__PURE__ */ new Map();
		let notice;
		let noticeDismissed = false;
		const unmount = (entry) => {
			entry.generation++;
			entry.stopEffect?.();
			for (const ui of entry.uis) ui.remove();
			entry.uis = [];
		};
		ctx.onInvalidated(() => {
			for (const entry of open.values()) {
				entry.triage.stop();
				unmount(entry);
			}
			open.clear();
			notice?.remove();
			port?.disconnect();
		});
		const mountMessage = async (entry) => {
			const { triage } = entry;
			const m = triage.message;
			const generation = entry.generation;
			const panel = await mount(m.element, "last", "photo-triage-panel", () => /* @__PURE__ */ u(MessagePanel, { triage }));
			if (generation !== entry.generation) {
				panel.remove();
				return;
			}
			entry.uis.push(panel);
			const stopDownloads = adapter.watchDownloads?.(m, (match, capture) => {
				triage.analyzeCaptured(match, capture);
			});
			let badgesMounted = false;
			const stopBadges = x(() => {
				const c = triage.context.value;
				if (badgesMounted || c.status !== "ready" || !c.context.supplier || c.context.ignored) return;
				badgesMounted = true;
				const badges = [...triage.attachments.filter((a) => a.kind !== "other").map((a) => mount(a.badgeAnchor, "after", "photo-triage-badge", () => /* @__PURE__ */ u(AttachmentBadge, {
					triage,
					attachment: a
				}))), ...m.driveLinks.map((link) => mount(link.badgeAnchor, "after", "photo-triage-badge", () => /* @__PURE__ */ u(DriveBadge, { link })))];
				Promise.all(badges).then((uis) => {
					if (generation !== entry.generation) for (const ui of uis) ui.remove();
					else entry.uis.push(...uis);
				});
			});
			entry.stopEffect = () => {
				stopBadges();
				stopDownloads?.();
			};
		};
		const showHealth = async (health) => {
			const broken = !health.ok && health.conversationOpen;
			if (broken && !notice && !noticeDismissed) notice = await mount(document.body, "last", "photo-triage-notice", () => /* @__PURE__ */ u(LayoutNotice, {
				report: health,
				onClose: () => {
					noticeDismissed = true;
					notice?.remove();
					notice = void 0;
				}
			}));
			else if (!broken && notice) {
				notice.remove();
				notice = void 0;
			}
		};
		adapter.watch((messages, health) => {
			if (ctx.isInvalid) return;
			showHealth(health);
			const ids = new Set(messages.map((m) => m.id));
			for (const [id, entry] of open) {
				if (ids.has(id)) continue;
				entry.triage.stop();
				unmount(entry);
				open.delete(id);
			}
			for (const m of messages) {
				const existing = open.get(m.id);
				if (existing && existing.element === m.element) continue;
				if (existing) {
					unmount(existing);
					existing.triage.message = m;
					existing.element = m.element;
					mountMessage(existing);
					continue;
				}
				if (!hasPhotos(m)) continue;
				const entry = {
					triage: new MessageTriage(m, rpc, channel, adapter),
					element: m.element,
					uis: [],
					generation: 0
				};
				open.set(m.id, entry);
				mountMessage(entry);
				entry.triage.start();
			}
		}, ctx.signal);
	}
	// utils/mail/dates.ts
	var YEAR_FIRST = /(\d{4})\s*[年년/.-]\s*(\d{1,2})\s*[月월/.-]\s*(\d{1,2})\s*[日일]?/;
	var NUMERIC = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/;
	var TIME = /(\d{1,2}):(\d{2})/;
	var AFTERNOON = /下午|晚上|午後|오후|\bp\.?\s?m\b\.?/i;
	var MORNING = /上午|早上|凌晨|午前|오전|\ba\.?\s?m\b\.?/i;
	/** Interface languages that write the month first in numeric dates (Outlook's "en" is en-US). */
	var MONTH_FIRST = /^(en|en-us|es-us|en-ph|fil)$/i;
	/**
	* @param lang the page's interface language (`<html lang>`), which settles a numeric day–month order
	*   unless a part above 12 does.
	*/
	function parseMailDate(text, lang) {
		const t = (text ?? "").replace(/[\u00a0\u202f\u2009]/g, " ").trim();
		if (!t) return void 0;
		if (/^\d{4}-\d{2}-\d{2}T/.test(t)) {
			const ms = Date.parse(t);
			return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString();
		}
		let y;
		let mo;
		let d;
		let rest;
		const ymd = YEAR_FIRST.exec(t);
		const num = ymd ? null : NUMERIC.exec(t);
		if (ymd) {
			[y, mo, d] = [
				Number(ymd[1]),
				Number(ymd[2]),
				Number(ymd[3])
			];
			rest = t.replace(ymd[0], " ");
		} else if (num) {
			const [a, b] = [Number(num[1]), Number(num[2])];
			y = Number(num[3]) + (num[3].length === 2 ? 2e3 : 0);
			const monthFirst = a > 12 ? false : b > 12 ? true : lang ? MONTH_FIRST.test(lang) : void 0;
			if (monthFirst === void 0) return void 0;
			[mo, d] = monthFirst ? [a, b] : [b, a];
			rest = t.replace(num[0], " ");
		} else {
			if (!/\d{4}/.test(t)) return void 0;
			const ms = Date.parse(t.replace(/ at /, " "));
			return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString();
		}
		if (mo < 1 || mo > 12 || d < 1 || d > 31) return void 0;
		const time = TIME.exec(rest);
		let h = time ? Number(time[1]) : 0;
		if (AFTERNOON.test(rest) && h < 12) h += 12;
		else if (MORNING.test(rest) && h === 12) h = 0;
		return new Date(y, mo - 1, d, h, time ? Number(time[2]) : 0).toISOString();
	}
	// utils/mail/dom-actions.ts
	/**
	* A full press: Gmail's buttons act on mousedown/mouseup rather than click alone (InboxSDK's simulateClick
	* does the same), Outlook's Fluent buttons on click and some of its menus on mousedown.
	*/
	function press(el) {
		const MouseEventCtor = el.ownerDocument.defaultView?.MouseEvent ?? MouseEvent;
		for (const type of [
			"mousedown",
			"mouseup",
			"click"
		]) el.dispatchEvent(new MouseEventCtor(type, {
			bubbles: true,
			cancelable: true,
			button: 0
		}));
	}
	/**
	* The first truthy `probe()` after a change in `doc`, else its answer at the timeout; null as soon as
	* `signal` aborts.
	*/
	function waitFor(doc, probe, options) {
		const { timeoutMs, attributes, signal } = options;
		const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
		return new Promise((resolve) => {
			let settled = false;
			const finish = (value) => {
				if (settled) return;
				settled = true;
				observer.disconnect();
				clearTimeout(timer);
				signal?.removeEventListener("abort", onAbort);
				resolve(value);
			};
			const onAbort = () => finish(null);
			const observer = new MO(() => {
				const found = probe();
				if (found) finish(found);
			});
			const timer = setTimeout(() => finish(probe()), timeoutMs);
			observer.observe(doc, {
				childList: true,
				subtree: true,
				attributes: true,
				attributeFilter: [...attributes]
			});
			signal?.addEventListener("abort", onAbort, { once: true });
			if (signal?.aborted) finish(null);
		});
	}
	// utils/mail/selectors.ts
	/** Fills each entry's `name` from its key, so data files state it once. */
	function defineSelectors(entries) {
		const out = {};
		for (const [name, entry] of Object.entries(entries)) out[name] = {
			name,
			...entry
		};
		return out;
	}
	/**
	* A class token that also matches its hashed form: Gmail is testing `Ht` → `Ht-<hash>`.
	* `[class~=X]` is the plain token; the other two catch `X-<hash>` first in the list or after a space.
	*/
	function cls(token) {
		return `:is([class~="${token}"],[class^="${token}-"],[class*=" ${token}-"])`;
	}
	/** Which alternative of each selector matched, across every query made with this log. */
	var MatchLog = class {
		hits = /* @__PURE__ */ new Map();
		seen = /* @__PURE__ */ new Set();
		misses = /* @__PURE__ */ new Set();
		record(name, alternativeId) {
			this.seen.add(name);
			if (alternativeId === null) this.misses.add(name);
			else if (!this.hits.has(name)) this.hits.set(name, alternativeId);
		}
		/** Every selector queried: the first alternative that matched, or null when none ever did. */
		get matched() {
			const out = {};
			for (const name of this.seen) out[name] = this.hits.get(name) ?? null;
			return out;
		}
		/** Selectors that missed at least once. */
		get missed() {
			return [...this.misses];
		}
	};
	function normalizeLabel(value) {
		return value.replace(/\s+/g, " ").trim().toLowerCase();
	}
	function labelled(el, alt) {
		if (!alt.labels) return true;
		const wanted = alt.labels.map(normalizeLabel);
		return (alt.labelAttributes ?? ["aria-label"]).some((name) => {
			const value = el.getAttribute(name);
			return value !== null && wanted.includes(normalizeLabel(value));
		});
	}
	var OWN_UI = `[${OWN_UI_ATTRIBUTE}]`;
	/** The extension's own elements never match: a badge placed beside a card must not become a card. */
	function select(root, alt) {
		try {
			return Array.from(root.querySelectorAll(alt.css)).filter((el) => !el.closest(OWN_UI) && labelled(el, alt));
		} catch {
			return [];
		}
	}
	/** The first alternative with any match, and what it matched; null when all miss. Records nothing. */
	function matchAll(root, entry) {
		for (const alternative of entry.alternatives) {
			const elements = select(root, alternative);
			if (elements.length) return {
				elements,
				alternative
			};
		}
		return null;
	}
	function queryAll(root, entry, log) {
		const match = matchAll(root, entry);
		log?.record(entry.name, match?.alternative.id ?? null);
		return match?.elements ?? [];
	}
	function query(root, entry, log) {
		return queryAll(root, entry, log)[0] ?? null;
	}
	/** The nearest ancestor (or the element itself) matching an alternative, tried in order. */
	function closest(from, entry, log) {
		for (const alt of entry.alternatives) {
			let el = null;
			try {
				el = from.closest(alt.css);
				while (el && !labelled(el, alt)) el = el.parentElement?.closest(alt.css) ?? null;
			} catch {
				el = null;
			}
			if (el) {
				log?.record(entry.name, alt.id);
				return el;
			}
		}
		log?.record(entry.name, null);
		return null;
	}
	/**
	* Searches upwards: the first ancestor of `from` that contains a match, optionally stopping at `stop`
	* (inclusive). For what belongs to the thread rather than the message (subject, reply editor).
	*/
	function queryUpwards(from, entry, log, stop) {
		for (let el = from; el; el = el.parentElement) {
			const match = matchAll(el, entry);
			if (match) {
				log?.record(entry.name, match.alternative.id);
				return match.elements[0] ?? null;
			}
			if (stop?.(el)) break;
		}
		log?.record(entry.name, null);
		return null;
	}
	/** Drops matches nested in other matches: one message container, not its inner id-bearing element too. */
	function outermost(elements) {
		return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
	}
	/** The page's message regions; `keep` picks them among nested matches (`outermost` or `innermost`). */
	function messageRegions(root, message, body, keep) {
		const found = matchAll(root, message);
		const all = keep(found?.elements ?? []);
		const open = [];
		for (const element of all) {
			const bodyMatch = matchAll(element, body);
			if (bodyMatch) open.push({
				element,
				body: bodyMatch.elements[0],
				bodyMatch
			});
		}
		return {
			found,
			all,
			open
		};
	}
	// utils/mail/health.ts
	function createHealthCheck() {
		const log = new MatchLog();
		const missing = /* @__PURE__ */ new Set();
		/** Required entries are always recorded (hit or miss); optional ones only when they match. */
		const check = (root, entry) => {
			const match = matchAll(root, entry);
			if (match || entry.required) log.record(entry.name, match?.alternative.id ?? null);
			if (!match && entry.required) missing.add(entry.name);
			return match?.elements ?? [];
		};
		/**
		* Records the messages of a conversation that looks open: a message is expected, and a body once there
		* is a message to hold one. Returns the expanded messages, the ones to check further.
		*/
		const expectMessages = (regions, message, body) => {
			const { found, all, open } = regions;
			log.record(message.name, found?.alternative.id ?? null);
			if (!all.length) missing.add(message.name);
			if (all.length) {
				log.record(body.name, open[0]?.bodyMatch.alternative.id ?? null);
				if (!open.length) missing.add(body.name);
			}
			return open;
		};
		const report = (fields) => {
			const { client, path, conversationOpen, openMessages, outlineRoot, outlineSkip } = fields;
			const ok = missing.size === 0;
			return {
				ok,
				client,
				checkedAt: (/* @__PURE__ */ new Date()).toISOString(),
				path,
				conversationOpen,
				openMessages,
				matched: log.matched,
				missing: [...missing],
				outline: ok || !outlineRoot ? void 0 : layoutOutline(outlineRoot, { skip: (el) => el.matches(outlineSkip) })
			};
		};
		return {
			log,
			missing,
			check,
			expectMessages,
			report
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
	// utils/mail/scopes.ts
	function createMessageScopes(client, fetcher, maxConcurrentFetches) {
		const limit = createLimiter(maxConcurrentFetches);
		const scopes = /* @__PURE__ */ new Map();
		const serials = /* @__PURE__ */ new WeakMap();
		let nextSerial = 1;
		const serial = (el) => {
			const known = serials.get(el);
			if (known !== void 0) return known;
			serials.set(el, nextSerial);
			return nextSerial++;
		};
		const context = (messageId, date) => {
			const controller = scopes.get(messageId) ?? new AbortController();
			scopes.set(messageId, controller);
			return {
				messageId,
				date,
				signal: controller.signal,
				keys: /* @__PURE__ */ new Set()
			};
		};
		const retire = (openIds) => {
			for (const [id, controller] of scopes) {
				if (openIds.has(id)) continue;
				controller.abort(new DOMException("The message was closed", "AbortError"));
				scopes.delete(id);
			}
		};
		const uniqueKey = (ctx, key) => {
			let out = key;
			for (let n = 2; ctx.keys.has(out); n++) out = `${key}~${n}`;
			ctx.keys.add(out);
			return out;
		};
		const attachment = (ctx, fields, url) => {
			const { partId, ...rest } = fields;
			const key = uniqueKey(ctx, partId);
			const fetchable = url !== void 0 && rest.kind !== "other";
			return {
				...rest,
				key,
				fetchUrl: fetchable ? url : void 0,
				source: fetchable ? {
					id: `${client}:${ctx.messageId}/${key}`,
					name: rest.name,
					sizeHint: rest.displayedSize,
					date: ctx.date,
					read: () => limit(async () => {
						ctx.signal.throwIfAborted();
						return fetcher(url, ctx.signal);
					})
				} : void 0
			};
		};
		return {
			serial,
			context,
			attachment,
			retire
		};
	}
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
	/** Any run of horizontal spaces, including NBSP (U+00A0), narrow NBSP (U+202F) and thin space (U+2009). */
	var SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
	/**
	* `"3.1 MB"` → 3250586; `"1,2 Mo"` → 1258291; `"1,023 KB"` → 1047552; `"(2.3 MB)"` → 2411725.
	* A separator followed by exactly three digits groups thousands; one or two digits make a decimal (mail
	* clients show at most one decimal). Undefined when the text is not a size.
	*/
	function parseDisplayedSize(text) {
		if (!text) return void 0;
		const cleaned = text.replace(SPACES, " ").trim().replace(/^\((.*)\)$/, "$1").trim();
		const m = /^(\d[\d ,.'’]*?)\s?([^\d\s.,]+)\.?$/u.exec(cleaned);
		if (!m) return void 0;
		const multiplier = UNITS[m[2].toLowerCase()];
		if (multiplier === void 0) return void 0;
		const value = parseNumber(m[1].trim());
		if (value === void 0) return void 0;
		return Math.round(value * multiplier);
	}
	function parseNumber(raw) {
		let digits = raw.replace(/[ ,.'’](?=\d{3}(?:\D|$))/g, "");
		digits = digits.replace(",", ".");
		if (!/^\d+(\.\d+)?$/.test(digits)) return void 0;
		return Number(digits);
	}
	// utils/mail/text.ts
	function clean(text) {
		return (text ?? "").replace(/\s+/g, " ").trim();
	}
	var BLOCK = /^(BR|DIV|P|LI|TR|TD|TH|BLOCKQUOTE|H[1-6]|TABLE|UL|OL|PRE|HR)$/;
	/** The body as a person reads it: line breaks at <br> and blocks, so "PO-2026-0412" never runs into a word. */
	function readableText(root) {
		const parts = [];
		const walk = (node) => {
			if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
			if (node.nodeType !== 1) return;
			const tag = node.tagName;
			if (tag === "SCRIPT" || tag === "STYLE") return;
			const block = BLOCK.test(tag);
			if (block) parts.push("\n");
			for (const child of Array.from(node.childNodes)) walk(child);
			if (block) parts.push("\n");
		};
		walk(root);
		return parts.join("").replace(/[^\S\n]+/g, " ").replace(/ ?\n\s*/g, "\n").trim();
	}
	// utils/mail/watch.ts
	function createWatch(options) {
		const { doc, health, messages, scopes, attributes, events = [], attachmentState, debounceMs, maxWaitMs } = options;
		const { retire, serial } = scopes;
		const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
		const ownNode = (node) => {
			return !!(node.nodeType === 1 ? node : node.parentElement)?.closest(`[${OWN_UI_ATTRIBUTE}]`);
		};
		/** Changes made by the extension itself (badges, panels) never trigger a re-read. */
		const relevant = (record) => {
			if (ownNode(record.target)) return false;
			if (record.type !== "childList") return true;
			return [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].some((n) => !ownNode(n));
		};
		/** What the UI depends on: which messages, which nodes, and how each photo can be measured. */
		const signature = (list, report) => JSON.stringify([
			report.ok,
			report.missing,
			list.map((m) => [
				m.id,
				serial(m.element),
				[...m.attachments, ...m.inlineImages].map((a) => [
					a.key,
					serial(a.badgeAnchor),
					a.byteStrategy,
					...attachmentState?.(a) ?? []
				].map(String).join(":")),
				m.driveLinks.map((d) => serial(d.badgeAnchor))
			])
		]);
		return (onChange, signal) => {
			if (signal.aborted) return;
			let timer;
			let pendingSince = 0;
			let last;
			const scan = () => {
				timer = void 0;
				if (signal.aborted) return;
				const report = health();
				const list = report.openMessages > 0 ? messages() : [];
				retire(new Set(list.map((m) => m.id)));
				const sig = signature(list, report);
				if (sig === last) return;
				const first = last === void 0;
				last = sig;
				if (first && !list.length && report.ok) return;
				onChange(list, report);
			};
			const schedule = () => {
				const now = Date.now();
				if (timer === void 0) pendingSince = now;
				else clearTimeout(timer);
				timer = setTimeout(scan, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
			};
			const observer = new MO((records) => {
				if (records.some(relevant)) schedule();
			});
			observer.observe(doc, {
				childList: true,
				subtree: true,
				attributes: true,
				attributeFilter: [...attributes]
			});
			const listeners = events.map((watched) => {
				const listener = (event) => {
					if (watched.relevant(event)) schedule();
				};
				doc.addEventListener(watched.type, listener, true);
				return () => doc.removeEventListener(watched.type, listener, true);
			});
			signal.addEventListener("abort", () => {
				observer.disconnect();
				for (const remove of listeners) remove();
				clearTimeout(timer);
				timer = void 0;
				retire(/* @__PURE__ */ new Set());
			}, { once: true });
			schedule();
		};
	}
	// utils/mail/gmail/attachments.ts
	/**
	* The card's `download_url` is `mime:filename:url`, and the URL itself holds colons (`permmsgid=msg-f:…`),
	* as can the file name: split at the first `:https://`, not at every colon (gmail.js's split lost them, and
	* InboxSDK's `[^:]+` cut URLs short until its 2024-06-12 fix).
	*/
	function parseDownloadUrl(value) {
		if (!value) return void 0;
		const urlAt = value.indexOf(":https://");
		const mimeEnd = value.indexOf(":");
		if (urlAt < 0 || mimeEnd < 0 || mimeEnd >= urlAt) return void 0;
		return {
			mime: value.slice(0, mimeEnd),
			filename: value.slice(mimeEnd + 1, urlAt),
			url: value.slice(urlAt + 1)
		};
	}
	function parse(url, base) {
		try {
			return new URL(url, base);
		} catch {
			return;
		}
	}
	function classifyUrl(url, base) {
		const u = parse(url, base);
		if (!u || !/^https?:$/.test(u.protocol)) return "other";
		const host = u.hostname.toLowerCase();
		const p = u.searchParams;
		if (host === "mail.google.com") {
			if (p.get("view") === "fimg" || p.get("disp") === "emb") return "gmail-inline";
			if (p.get("view") === "att") return "gmail-attachment";
			return "other";
		}
		if (host === "mail-attachment.googleusercontent.com") return "gmail-attachment";
		if (host.endsWith(".googleusercontent.com") && /^\/(proxy|meips)\//.test(u.pathname)) return "remote-proxy";
		if (host === "drive.google.com" || host === "docs.google.com" || host === "drive.usercontent.google.com" || host.endsWith(".googleusercontent.com")) return "drive";
		return "other";
	}
	/** A card's link opens the attachment in Gmail's viewer (`disp=inline`); `disp=safe` downloads the bytes. */
	function fetchUrlFromCardLink(href, base) {
		if (classifyUrl(href, base) !== "gmail-attachment") return void 0;
		const u = parse(href, base);
		if (!u) return void 0;
		if (u.searchParams.get("disp") === "inline") u.searchParams.set("disp", "safe");
		return u.toString();
	}
	/**
	* An inline picture's own `src` is a re-encoded preview (`view=fimg&sz=s0-l75-ft`: quality 75), which would
	* make every inline photo look recompressed. The same part downloads whole as `view=att&disp=safe`.
	*/
	function fetchUrlFromInlineImage(src, base) {
		if (classifyUrl(src, base) !== "gmail-inline") return void 0;
		const u = parse(src, base);
		if (!u) return void 0;
		u.searchParams.set("view", "att");
		u.searchParams.set("disp", "safe");
		u.searchParams.delete("sz");
		return u.toString();
	}
	/**
	* The part's number in its message (`attid=0.1`), stable across renders and the same for a card and an
	* inline picture of one part (their `realattid` forms differ); undefined for other URLs.
	*/
	function attachmentPartId(url, base) {
		const p = parse(url, base)?.searchParams;
		return p?.get("attid") || p?.get("realattid") || void 0;
	}
	/** The legacy thread id (`th=`) carried by attachment URLs. */
	function threadIdFromUrl(url, base) {
		return parse(url, base)?.searchParams.get("th") || void 0;
	}
	// utils/mail/gmail/selectors.ts
	var INBOX_SDK = "2026-07-23";
	var GMAIL_JS = "2026-03-25";
	/** Added here without outside evidence (a guess that costs nothing when it misses). */
	var ADDED = "2026-11-26";
	/** Attributes read from matched elements (not selectors: values). */
	var GMAIL_ATTR = {
		/** `#msg-f:1790000000000000001`; present as soon as a message renders, even before it syncs. */
		messageId: "data-message-id",
		/** `18c0000000000001` (hex); missing for a moment after the buyer sends a reply (InboxSDK waits for it). */
		legacyMessageId: "data-legacy-message-id",
		threadPermId: "data-thread-perm-id",
		legacyThreadId: "data-legacy-thread-id",
		/** `mime:filename:url`, on the card; Chrome only (gmail.js), so the card link is the fallback. */
		downloadUrl: "download_url",
		email: "email",
		name: "name",
		/** The full date on the header's short date. */
		dateTitle: "title",
		/** Emoji in subjects are images carrying the character (InboxSDK getSubject). */
		emoji: "data-emoji"
	};
	/** Gmail's Reply button label (tooltip and aria-label) in the interface languages buyers use. Exact match: "Reply all" differs. */
	var REPLY_LABELS = [
		"Reply",
		"回复",
		"回覆",
		"Répondre",
		"Antworten",
		"Responder",
		"Rispondi",
		"Beantwoorden",
		"Odpowiedz",
		"Ответить",
		"Відповісти",
		"返信",
		"답장",
		"Yanıtla",
		"Trả lời",
		"Balas",
		"Svara"
	];
	/** Routes shown in diagnostics; anything else after `#` (labels, search terms) is the buyer's own words. */
	var GMAIL_ROUTES = [
		"inbox",
		"starred",
		"snoozed",
		"sent",
		"drafts",
		"imp",
		"all",
		"spam",
		"trash",
		"scheduled",
		"search",
		"advanced-search",
		"label",
		"category",
		"chats",
		"settings"
	];
	/** A URL hash ending in a thread token (`#inbox/FMfcgz…`, `#search/…/18c0…`) means a conversation is open. */
	var GMAIL_THREAD_HASH = /^#[^/]+\/(?:.*\/)?[A-Za-z0-9_-]{16,}$/;
	var GMAIL = defineSelectors({
		message: {
			scope: "document",
			where: "each message container of the open conversation (thread view, preview pane, search results)",
			required: true,
			alternatives: [
				{
					id: "attr-data-message-id",
					css: "[data-message-id]",
					seen: INBOX_SDK,
					source: "InboxSDK gmail-message-view; gmail.js .adn[data-message-id]"
				},
				{
					id: "attr-data-legacy-message-id",
					css: "[data-legacy-message-id]",
					seen: GMAIL_JS,
					source: "gmail.js div.adn[data-legacy-message-id]"
				},
				{
					id: "class-adn-ads",
					css: `div${cls("adn")}${cls("ads")}`,
					seen: GMAIL_JS,
					source: "gmail.js view_email"
				}
			]
		},
		threadSignal: {
			scope: "document",
			where: "anything proving a conversation is open, so a missing message means a changed layout",
			required: false,
			alternatives: [
				{
					id: "attr-thread-perm-id",
					css: "[data-thread-perm-id]",
					seen: INBOX_SDK,
					source: "InboxSDK gmail-thread-view"
				},
				{
					id: "attr-legacy-thread-id",
					css: "h2[data-legacy-thread-id]",
					seen: INBOX_SDK,
					source: "InboxSDK"
				},
				{
					id: "class-hP",
					css: `h2${cls("hP")}`,
					seen: GMAIL_JS,
					source: "gmail.js api.dom.thread subject"
				},
				{
					id: "expanded-listitem-with-sender",
					css: "[role=\"main\"] [role=\"listitem\"][aria-expanded=\"true\"] [email]",
					seen: ADDED,
					source: "ARIA of the message list"
				}
			]
		},
		subject: {
			scope: "thread",
			where: "the conversation subject, above the messages (nearest ancestor of a message containing it)",
			required: true,
			alternatives: [
				{
					id: "attr-thread-perm-id",
					css: "h2[data-thread-perm-id]",
					seen: INBOX_SDK,
					source: "InboxSDK gmail-thread-view"
				},
				{
					id: "attr-legacy-thread-id",
					css: "h2[data-legacy-thread-id]",
					seen: INBOX_SDK,
					source: "InboxSDK"
				},
				{
					id: "class-hP",
					css: `h2${cls("hP")}`,
					seen: GMAIL_JS,
					source: "gmail.js subject: h2.hP"
				},
				{
					id: "class-ha-h2",
					css: `${cls("ha")} h2`,
					seen: INBOX_SDK,
					source: "InboxSDK getSubject: .ha h2"
				}
			]
		},
		messageItem: {
			scope: "message-item",
			where: "the list item wrapping one message (its reply area lives here too)",
			required: false,
			alternatives: [{
				id: "role-listitem",
				css: "[role=\"listitem\"]",
				seen: ADDED,
				source: "ARIA of the message list"
			}, {
				id: "class-h7",
				css: `div${cls("h7")}`,
				seen: INBOX_SDK,
				source: "InboxSDK message view element (.h7 expanded)"
			}]
		},
		sender: {
			scope: "message",
			where: "the sender in the message header (not the recipients, span.g2 in .hb)",
			required: true,
			alternatives: [
				{
					id: "h3-span-email",
					css: "h3 span[email]",
					seen: INBOX_SDK,
					source: "InboxSDK contact hover: h3.iw"
				},
				{
					id: "class-gD",
					css: `span[email]${cls("gD")}`,
					seen: GMAIL_JS,
					source: "gmail.js from: span[email].gD"
				},
				{
					id: "class-gF",
					css: `${cls("gF")} span[email]`,
					seen: INBOX_SDK,
					source: "InboxSDK getSender: td.gF span[email]"
				}
			]
		},
		date: {
			scope: "message",
			where: "the header date; its title holds the full date and time",
			required: false,
			alternatives: [{
				id: "class-g3-title",
				css: `span${cls("g3")}[title]`,
				seen: GMAIL_JS,
				source: "gmail.js timestamp: span.g3"
			}, {
				id: "class-gK-title",
				css: `${cls("gK")} [title]`,
				seen: INBOX_SDK,
				source: "InboxSDK getDateString: .gK .g3"
			}]
		},
		body: {
			scope: "message",
			where: "the message body; present only when the message is expanded",
			required: true,
			alternatives: [
				{
					id: "class-a3s",
					css: `div${cls("a3s")}`,
					seen: GMAIL_JS,
					source: "gmail.js body: div.a3s"
				},
				{
					id: "class-ii-gt",
					css: `div${cls("ii")}${cls("gt")}`,
					seen: INBOX_SDK,
					source: "InboxSDK getContentsElement"
				},
				{
					id: "class-adP",
					css: `div${cls("adP")}`,
					seen: INBOX_SDK,
					source: "InboxSDK old fallback"
				}
			]
		},
		inlineImage: {
			scope: "body",
			where: "pictures embedded in the body as message parts (view=fimg / disp=emb), not remote pictures",
			required: false,
			alternatives: [{
				id: "src-fimg-emb",
				css: "img[src*=\"view=fimg\"], img[src*=\"disp=emb\"]",
				seen: ADDED,
				source: "Gmail inline image URLs quoted in public code"
			}, {
				id: "attr-data-surl-cid",
				css: "img[data-surl^=\"cid:\"]",
				seen: ADDED,
				source: "Gmail markup: cid of the part"
			}]
		},
		driveLink: {
			scope: "body",
			where: "Drive links and chips in the body (no bytes to fetch)",
			required: false,
			alternatives: [{
				id: "href-drive",
				css: "a[href*=\"drive.google.com/\"], a[href*=\"docs.google.com/\"], a[href*=\"drive.usercontent.google.com/\"]",
				seen: ADDED,
				source: "Drive URL hosts"
			}]
		},
		attachmentArea: {
			scope: "message",
			where: "the attachment strip under the body; absent when there are no attachments",
			required: false,
			alternatives: [{
				id: "class-hq",
				css: `div${cls("hq")}`,
				seen: INBOX_SDK,
				source: "InboxSDK #getAttachmentArea: .hq"
			}, {
				id: "attr-download-url-parent",
				css: ":has(> span[download_url])",
				seen: ADDED,
				source: "parent of cards carrying download_url"
			}]
		},
		attachmentCard: {
			scope: "attachment-area",
			where: "one card per attachment (files and Drive files alike)",
			required: true,
			alternatives: [
				{
					id: "class-aQH-span",
					css: `${cls("aQH")} > span`,
					seen: INBOX_SDK,
					source: "InboxSDK getAttachmentCardViews"
				},
				{
					id: "attr-download-url",
					css: "span[download_url]",
					seen: GMAIL_JS,
					source: "gmail.js attachments()"
				},
				{
					id: "class-aZo",
					css: `span${cls("aZo")}`,
					seen: GMAIL_JS,
					source: "gmail.js: div.hq.gt div.aQH span.aZo"
				}
			]
		},
		attachmentName: {
			scope: "attachment-card",
			where: "the file name on the card",
			required: true,
			alternatives: [{
				id: "class-aV3",
				css: `${cls("aV3")}`,
				seen: INBOX_SDK,
				source: "InboxSDK getTitle: span .aV3; gmail.js .aV3"
			}, {
				id: "class-aQA-span",
				css: `${cls("aQA")} > span`,
				seen: INBOX_SDK,
				source: "InboxSDK: .aQA > span"
			}]
		},
		attachmentSize: {
			scope: "attachment-card",
			where: "the size Gmail shows on the card (\"68 KB\"); Drive cards have none",
			required: false,
			alternatives: [{
				id: "class-SaH2Ve",
				css: `${cls("SaH2Ve")}`,
				seen: GMAIL_JS,
				source: "gmail.js .SaH2Ve"
			}, {
				id: "class-aYp-span",
				css: `${cls("aYp")} > span`,
				seen: INBOX_SDK,
				source: "InboxSDK: div.aYp > span"
			}]
		},
		attachmentLink: {
			scope: "attachment-card",
			where: "the card's first link: the attachment (disp=inline) or the Drive file",
			required: false,
			alternatives: [{
				id: "a-href",
				css: "a[href]",
				seen: INBOX_SDK,
				source: "InboxSDK _getDownloadLink"
			}]
		},
		replyButton: {
			scope: "message",
			where: "the message header's Reply button (not Reply all, not Forward)",
			required: false,
			alternatives: [
				{
					id: "role-button-tooltip",
					css: "[role=\"button\"][data-tooltip]",
					labels: REPLY_LABELS,
					labelAttributes: ["data-tooltip", "aria-label"],
					seen: GMAIL_JS,
					source: "gmail.js sets data-tooltip and aria-label on its own buttons, as Gmail does"
				},
				{
					id: "role-button-aria-label",
					css: "[role=\"button\"][aria-label]",
					labels: REPLY_LABELS,
					labelAttributes: ["aria-label"],
					seen: ADDED,
					source: "ARIA"
				},
				{
					id: "class-aaq-bsQ",
					css: `div[role="button"]${cls("aaq")}, div[role="button"]${cls("bsQ")}`,
					seen: GMAIL_JS,
					source: "gmail.js reply_button"
				}
			]
		},
		composeEditor: {
			scope: "message-item",
			where: "the reply's editable body, in the message's list item or further down the same thread",
			required: false,
			alternatives: [
				{
					id: "attr-g-editable",
					css: "[g_editable=\"true\"][contenteditable=\"true\"]",
					seen: INBOX_SDK,
					source: "InboxSDK compose body: .Ap [g_editable=true]"
				},
				{
					id: "attr-g-editable-only",
					css: "[g_editable=\"true\"]",
					seen: INBOX_SDK,
					source: "InboxSDK"
				},
				{
					id: "class-Ap-textbox",
					css: `${cls("Ap")} [role="textbox"][contenteditable="true"]`,
					seen: ADDED,
					source: "InboxSDK .Ap container with ARIA textbox"
				}
			]
		}
	});
	// utils/mail/gmail/adapter.ts
	/** DOM attributes whose changes can change what is open or readable; class churn is ignored on purpose. */
	var WATCHED_ATTRIBUTES = [
		GMAIL_ATTR.messageId,
		GMAIL_ATTR.legacyMessageId,
		GMAIL_ATTR.downloadUrl,
		"href",
		"src",
		"aria-expanded"
	];
	/** The id attribute on the element, or (as InboxSDK reads it) on an element inside it. */
	function idAttribute(el, name) {
		return (el.hasAttribute(name) ? el : el.querySelector(`[${name}]`))?.getAttribute(name)?.replace(/^#/, "") || void 0;
	}
	/** The subject's text, with emoji images turned back into their characters. */
	function textWithEmoji(el) {
		let out = "";
		for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) out += node.nodeValue ?? "";
		else if (node.nodeType === 1) {
			const child = node;
			out += child.tagName === "IMG" ? child.getAttribute(GMAIL_ATTR.emoji) ?? "" : textWithEmoji(child);
		}
		return out;
	}
	/** The route without ids, query, label names or search terms (they are the buyer's words). */
	function gmailPath(location) {
		if (!location) return "";
		const [route = "", ...rest] = location.hash.replace(/^#/, "").split("/");
		const known = GMAIL_ROUTES.includes(route);
		const hash = route ? `#${known ? route : "…"}${rest.length ? "/…" : ""}` : "";
		return `${location.pathname}${hash}`;
	}
	function createGmailAdapter(doc, fetcher, options = {}) {
		const { debounceMs, maxWaitMs, maxConcurrentFetches, replyTimeoutMs } = adapterOptions(options);
		const scopes = createMessageScopes("gmail", fetcher, maxConcurrentFetches);
		/** Message containers in document order; Gmail nests id-bearing elements inside each, hence outermost. */
		const regions = () => messageRegions(doc, GMAIL.message, GMAIL.body, outermost);
		const readCards = (el, ctx) => {
			const cards = {
				attachments: [],
				drive: []
			};
			const area = query(el, GMAIL.attachmentArea);
			if (!area) return cards;
			queryAll(area, GMAIL.attachmentCard).forEach((card, i) => {
				const parsed = parseDownloadUrl(card.getAttribute(GMAIL_ATTR.downloadUrl));
				const href = query(card, GMAIL.attachmentLink)?.getAttribute("href") ?? void 0;
				const name = clean(query(card, GMAIL.attachmentName)?.textContent) || parsed?.filename || "";
				const sizeText = clean(query(card, GMAIL.attachmentSize)?.textContent) || void 0;
				const linked = parsed?.url ?? href;
				if (linked && classifyUrl(linked, doc.baseURI) === "drive") {
					cards.drive.push({
						name,
						url: absolute(linked) ?? linked,
						badgeAnchor: card
					});
					return;
				}
				const fromAttribute = parsed && classifyUrl(parsed.url) === "gmail-attachment" ? parsed.url : void 0;
				const fromLink = href ? fetchUrlFromCardLink(href, doc.baseURI) : void 0;
				const url = fromAttribute ?? fromLink;
				const byteStrategy = fromAttribute ? "gmail-download-url" : fromLink ? "gmail-card-link" : "none";
				cards.firstUrl ??= url;
				const fields = {
					partId: `att:${(url && attachmentPartId(url)) ?? `card-${i}`}`,
					name,
					mime: parsed?.mime || void 0,
					displayedSize: parseDisplayedSize(sizeText),
					displayedSizeText: sizeText,
					kind: attachmentKind(name, parsed?.mime),
					badgeAnchor: card,
					byteStrategy
				};
				cards.attachments.push(scopes.attachment(ctx, fields, url));
			});
			return cards;
		};
		const readInlineImages = (body, ctx, cardParts) => {
			const out = [];
			queryAll(body, GMAIL.inlineImage).forEach((img, i) => {
				const src = img.getAttribute("src") ?? "";
				const url = fetchUrlFromInlineImage(src, doc.baseURI);
				if (!url) return;
				const part = attachmentPartId(src, doc.baseURI);
				if (part && cardParts.has(part)) return;
				const name = clean(img.getAttribute("alt")) || `inline image ${i + 1}`;
				const fields = {
					partId: `inline:${part ?? i}`,
					name,
					kind: "image",
					badgeAnchor: img,
					byteStrategy: "gmail-inline"
				};
				out.push(scopes.attachment(ctx, fields, url));
			});
			return out;
		};
		/** A supplier's markup can hold any href: one that does not parse is skipped, never thrown. */
		const absolute = (href) => {
			try {
				return href ? new URL(href, doc.baseURI).toString() : void 0;
			} catch {
				return;
			}
		};
		const readDriveLinks = (body) => {
			const out = [];
			for (const a of queryAll(body, GMAIL.driveLink)) {
				const url = absolute(a.getAttribute("href"));
				if (url && classifyUrl(url) === "drive") out.push({
					name: clean(a.textContent) || "Drive file",
					url,
					badgeAnchor: a
				});
			}
			return out;
		};
		const readMessage = (el, body) => {
			const legacyId = idAttribute(el, GMAIL_ATTR.legacyMessageId);
			const id = idAttribute(el, GMAIL_ATTR.messageId) ?? legacyId ?? `dom-${scopes.serial(el)}`;
			const senderEl = query(el, GMAIL.sender);
			const subjectEl = queryUpwards(el, GMAIL.subject);
			const date = parseMailDate(query(el, GMAIL.date)?.getAttribute(GMAIL_ATTR.dateTitle));
			const ctx = scopes.context(id, date);
			const cards = readCards(el, ctx);
			const cardParts = new Set(cards.attachments.map((a) => a.key.replace(/^att:/, "")));
			const bodyDrive = readDriveLinks(body);
			const driveLinks = [...cards.drive, ...bodyDrive.filter((d) => !cards.drive.some((c) => c.url === d.url))];
			return {
				client: "gmail",
				id,
				legacyId,
				threadId: subjectEl?.getAttribute(GMAIL_ATTR.legacyThreadId) || subjectEl?.getAttribute(GMAIL_ATTR.threadPermId)?.replace(/^#/, "") || cards.firstUrl && threadIdFromUrl(cards.firstUrl),
				element: el,
				sender: {
					email: senderEl?.getAttribute(GMAIL_ATTR.email) || void 0,
					name: senderEl?.getAttribute(GMAIL_ATTR.name) || clean(senderEl?.textContent) || void 0
				},
				subject: subjectEl ? clean(textWithEmoji(subjectEl)) : "",
				date,
				bodyText: () => readableText(body),
				attachments: cards.attachments,
				inlineImages: readInlineImages(body, ctx, cardParts),
				driveLinks,
				signal: ctx.signal
			};
		};
		const messages = () => regions().open.map(({ element, body }) => readMessage(element, body));
		const health = () => {
			const { log, missing, check, expectMessages, report } = createHealthCheck();
			const found = regions();
			const signal = check(doc, GMAIL.threadSignal);
			const conversationOpen = found.all.length > 0 || signal.length > 0 || GMAIL_THREAD_HASH.test(doc.location?.hash ?? "");
			const open = conversationOpen ? expectMessages(found, GMAIL.message, GMAIL.body) : [];
			for (const { element: el, body } of open) {
				if (!queryUpwards(el, GMAIL.subject, log)) missing.add(GMAIL.subject.name);
				for (const entry of [
					GMAIL.sender,
					GMAIL.date,
					GMAIL.replyButton
				]) check(el, entry);
				for (const entry of [GMAIL.inlineImage, GMAIL.driveLink]) check(body, entry);
				for (const area of check(el, GMAIL.attachmentArea)) for (const card of check(area, GMAIL.attachmentCard)) for (const entry of [
					GMAIL.attachmentName,
					GMAIL.attachmentSize,
					GMAIL.attachmentLink
				]) check(card, entry);
			}
			return report({
				client: "gmail",
				path: gmailPath(doc.location),
				conversationOpen,
				openMessages: open.length,
				outlineRoot: doc.querySelector("[role=\"main\"]") ?? doc.body,
				outlineSkip: GMAIL.body.alternatives.map((a) => a.css).join(", ")
			});
		};
		const watch = createWatch({
			doc,
			health,
			messages,
			scopes,
			attributes: WATCHED_ATTRIBUTES,
			debounceMs,
			maxWaitMs
		});
		/** The thread's outer edge: the reply search goes no further up than the element holding the subject. */
		const threadEdge = (el) => el.getAttribute("role") === "main" || el === doc.body || matchAll(el, GMAIL.subject) !== null;
		const findReplyBox = (message) => {
			return queryUpwards(closest(message.element, GMAIL.messageItem) ?? message.element, GMAIL.composeEditor, void 0, threadEdge);
		};
		const openReply = async (message, signal) => {
			const open = findReplyBox(message);
			if (open || signal?.aborted) return open;
			const item = closest(message.element, GMAIL.messageItem);
			const button = query(message.element, GMAIL.replyButton) ?? (item ? query(item, GMAIL.replyButton) : null);
			if (!button) return null;
			press(button);
			return waitFor(doc, () => findReplyBox(message), {
				timeoutMs: replyTimeoutMs,
				attributes: ["g_editable"],
				signal
			});
		};
		return {
			client: "gmail",
			messages,
			watch,
			health,
			findReplyBox,
			openReply
		};
	}
	// utils/mail/page-fetch.ts
	/**
	* The adapters' same-origin fetcher: the content script reading an attachment URL of the page it runs on.
	* The triage itself asks the background (host permission, off the mail client's main thread); this path
	* is what an adapter's PhotoSource reads with.
	*/
	async function pageFetch(url, signal) {
		const response = await fetch(url, {
			credentials: "include",
			signal
		});
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		return response.blob();
	}
	// entrypoints/gmail.content/index.ts
	var gmail_content_default = defineContentScript({
		matches: ["https://mail.google.com/*"],
		runAt: "document_idle",
		cssInjectionMode: "manual",
		main(ctx) {
			startMailTriage(ctx, createGmailAdapter(document, pageFetch));
		}
	});
	// node_modules/wxt/dist/utils/internal/custom-events.mjs
	var WxtLocationChangeEvent = class WxtLocationChangeEvent extends Event {
		static EVENT_NAME = getUniqueEventName("wxt:locationchange");
		constructor(newUrl, oldUrl) {
			super(WxtLocationChangeEvent.EVENT_NAME, {});
			this.newUrl = newUrl;
			this.oldUrl = oldUrl;
		}
	};
	/**
	* Returns an event name unique to the extension and content script that's
	* running.
	*/
	function getUniqueEventName(eventName) {
		return `${browser?.runtime?.id}:gmail:${eventName}`;
	}
	// node_modules/wxt/dist/utils/internal/location-watcher.mjs
	var supportsNavigationApi = typeof globalThis.navigation?.addEventListener === "function";
	/**
	* Create a util that watches for URL changes, dispatching the custom event when
	* detected. Stops watching when content script is invalidated. Uses Navigation
	* API when available, otherwise falls back to polling.
	*/
	function createLocationWatcher(ctx) {
		let lastUrl;
		let watching = false;
		return { run() {
			if (watching) return;
			watching = true;
			lastUrl = new URL(location.href);
			if (supportsNavigationApi) globalThis.navigation.addEventListener("navigate", (event) => {
				const newUrl = new URL(event.destination.url);
				if (newUrl.href === lastUrl.href) return;
				window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
				lastUrl = newUrl;
			}, { signal: ctx.signal });
			else ctx.setInterval(() => {
				const newUrl = new URL(location.href);
				if (newUrl.href !== lastUrl.href) {
					window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
					lastUrl = newUrl;
				}
			}, 1e3);
		} };
	}
	// node_modules/wxt/dist/utils/content-script-context.mjs
	/**
	* Implements
	* [`AbortController`](https://developer.mozilla.org/en-US/docs/Web/API/AbortController).
	* Used to detect and stop content script code when the script is invalidated.
	*
	* It also provides several utilities like `ctx.setTimeout` and
	* `ctx.setInterval` that should be used in content scripts instead of
	* `window.setTimeout` or `window.setInterval`.
	*
	* To create context for testing, you can use the class's constructor:
	*
	* ```ts
	* import { ContentScriptContext } from 'wxt/utils/content-scripts-context';
	*
	* test('storage listener should be removed when context is invalidated', () => {
	*   const ctx = new ContentScriptContext('test');
	*   const item = storage.defineItem('local:count', { defaultValue: 0 });
	*   const watcher = vi.fn();
	*
	*   const unwatch = item.watch(watcher);
	*   ctx.onInvalidated(unwatch); // Listen for invalidate here
	*
	*   await item.setValue(1);
	*   expect(watcher).toBeCalledTimes(1);
	*   expect(watcher).toBeCalledWith(1, 0);
	*
	*   ctx.notifyInvalidated(); // Use this function to invalidate the context
	*   await item.setValue(2);
	*   expect(watcher).toBeCalledTimes(1);
	* });
	* ```
	*/
	var ContentScriptContext = class ContentScriptContext {
		static SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName("wxt:content-script-started");
		id;
		abortController;
		locationWatcher = createLocationWatcher(this);
		constructor(contentScriptName, options) {
			this.contentScriptName = contentScriptName;
			this.options = options;
			this.id = Math.random().toString(36).slice(2);
			this.abortController = new AbortController();
			this.stopOldScripts();
			this.listenForNewerScripts();
		}
		get signal() {
			return this.abortController.signal;
		}
		abort(reason) {
			return this.abortController.abort(reason);
		}
		get isInvalid() {
			if (browser.runtime?.id == null) this.notifyInvalidated();
			return this.signal.aborted;
		}
		get isValid() {
			return !this.isInvalid;
		}
		/**
		* Add a listener that is called when the content script's context is
		* invalidated.
		*
		* @example
		*   browser.runtime.onMessage.addListener(cb);
		*   const removeInvalidatedListener = ctx.onInvalidated(() => {
		*     browser.runtime.onMessage.removeListener(cb);
		*   });
		*   // ...
		*   removeInvalidatedListener();
		*
		* @returns A function to remove the listener.
		*/
		onInvalidated(cb) {
			this.signal.addEventListener("abort", cb);
			return () => this.signal.removeEventListener("abort", cb);
		}
		/**
		* Return a promise that never resolves. Useful if you have an async function
		* that shouldn't run after the context is expired.
		*
		* @example
		*   const getValueFromStorage = async () => {
		*     if (ctx.isInvalid) return ctx.block();
		*
		*     // ...
		*   };
		*/
		block() {
			return new Promise(() => {});
		}
		/**
		* Wrapper around `window.setInterval` that automatically clears the interval
		* when invalidated.
		*
		* Intervals can be cleared by calling the normal `clearInterval` function.
		*/
		setInterval(handler, timeout) {
			const id = setInterval(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearInterval(id));
			return id;
		}
		/**
		* Wrapper around `window.setTimeout` that automatically clears the interval
		* when invalidated.
		*
		* Timeouts can be cleared by calling the normal `setTimeout` function.
		*/
		setTimeout(handler, timeout) {
			const id = setTimeout(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearTimeout(id));
			return id;
		}
		/**
		* Wrapper around `window.requestAnimationFrame` that automatically cancels
		* the request when invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelAnimationFrame`
		* function.
		*/
		requestAnimationFrame(callback) {
			const id = requestAnimationFrame((...args) => {
				if (this.isValid) callback(...args);
			});
			this.onInvalidated(() => cancelAnimationFrame(id));
			return id;
		}
		/**
		* Wrapper around `window.requestIdleCallback` that automatically cancels the
		* request when invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelIdleCallback`
		* function.
		*/
		requestIdleCallback(callback, options) {
			const id = requestIdleCallback((...args) => {
				if (!this.signal.aborted) callback(...args);
			}, options);
			this.onInvalidated(() => cancelIdleCallback(id));
			return id;
		}
		addEventListener(target, type, handler, options) {
			if (type === "wxt:locationchange") {
				if (this.isValid) this.locationWatcher.run();
			}
			target.addEventListener?.(type.startsWith("wxt:") ? getUniqueEventName(type) : type, handler, {
				...options,
				signal: this.signal
			});
		}
		/**
		* @internal
		* Abort the abort controller and execute all `onInvalidated` listeners.
		*/
		notifyInvalidated() {
			this.abort("Content script context invalidated");
			logger$1.debug(`Content script "${this.contentScriptName}" context invalidated`);
		}
		stopOldScripts() {
			document.dispatchEvent(new CustomEvent(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, { detail: {
				contentScriptName: this.contentScriptName,
				messageId: this.id
			} }));
			if (!this.options?.noScriptStartedPostMessage) window.postMessage({
				type: ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE,
				contentScriptName: this.contentScriptName,
				messageId: this.id
			}, "*");
		}
		verifyScriptStartedEvent(event) {
			const isSameContentScript = event.detail?.contentScriptName === this.contentScriptName;
			const isFromSelf = event.detail?.messageId === this.id;
			return isSameContentScript && !isFromSelf;
		}
		listenForNewerScripts() {
			const cb = (event) => {
				if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event)) return;
				this.notifyInvalidated();
			};
			document.addEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, cb);
			this.onInvalidated(() => document.removeEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, cb));
		}
	};
	// \0virtual:wxt-content-script-isolated-world-entrypoint?/work/main/entrypoints/gmail.content/index.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	return (async () => {
		try {
			const { main, ...options } = gmail_content_default;
			return await main(new ContentScriptContext("gmail", options));
		} catch (err) {
			logger.error(`The content script "gmail" crashed on startup!`, err);
			throw err;
		}
	})();
})();
