// \0vite/modulepreload-polyfill.js
(function polyfill() {
	const relList = document.createElement("link").relList;
	if (relList && relList.supports && relList.supports("modulepreload")) return;
	for (const link of document.querySelectorAll("link[rel=\"modulepreload\"]")) processPreload(link);
	new MutationObserver((mutations) => {
		for (const mutation of mutations) {
			if (mutation.type !== "childList") continue;
			for (const node of mutation.addedNodes) if (node.tagName === "LINK" && node.rel === "modulepreload") processPreload(node);
		}
	}).observe(document, {
		childList: true,
		subtree: true
	});
	function getFetchOpts(link) {
		const fetchOpts = {};
		if (link.integrity) fetchOpts.integrity = link.integrity;
		if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
		if (link.crossOrigin === "use-credentials") fetchOpts.credentials = "include";
		else if (link.crossOrigin === "anonymous") fetchOpts.credentials = "omit";
		else fetchOpts.credentials = "same-origin";
		return fetchOpts;
	}
	function processPreload(link) {
		if (link.ep) return;
		link.ep = true;
		const fetchOpts = getFetchOpts(link);
		fetch(link.href, fetchOpts);
	}
})();
// node_modules/preact/dist/preact.module.js
var n;
var l$1;
var u$2;
var t$1;
var i$3;
var r$1;
var o$1;
var e$1;
var f$2;
var c$1;
var a$1;
var s$1;
var h$1;
var p$1;
var v$1;
var d$1 = {};
var w$1 = [];
var _ = /acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i;
var g$1 = Array.isArray;
function m$1(n, l) {
	for (var u in l) n[u] = l[u];
	return n;
}
function b(n) {
	n && n.parentNode && n.parentNode.removeChild(n);
}
function k$1(l, u, t) {
	var i, r, o, e = {};
	for (o in u) "key" == o ? i = u[o] : "ref" == o ? r = u[o] : e[o] = u[o];
	if (arguments.length > 2 && (e.children = arguments.length > 3 ? n.call(arguments, 2) : t), "function" == typeof l && null != l.defaultProps) for (o in l.defaultProps) void 0 === e[o] && (e[o] = l.defaultProps[o]);
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
		__v: null == o ? ++u$2 : o,
		__i: -1,
		__u: 0
	};
	return null == o && null != l$1.vnode && l$1.vnode(e), e;
}
function S(n) {
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
		var u = n.__v, t = u.__e, i = [], r = [], o = m$1({}, u);
		o.__v = u.__v + 1, l$1.vnode && l$1.vnode(o), q$1(n.__P, o, u, n.__n, n.__P.namespaceURI, 32 & u.__u ? [t] : null, i, null == t ? $(u) : t, !!(32 & u.__u), r), o.__v = u.__v, o.__.__k[o.__i] = o, D$1(i, o, r), u.__e = u.__ = null, o.__e != t && P(o);
	}
}
function P(n) {
	if (null != (n = n.__) && null != n.__c) return n.__e = n.__c.base = null, n.__k.some(function(l) {
		if (null != l && null != l.__e) return n.__e = n.__c.base = l.__e;
	}), P(n);
}
function A$1(n) {
	(!n.__d && (n.__d = !0) && i$3.push(n) && !H.__r++ || r$1 != l$1.debounceRendering) && ((r$1 = l$1.debounceRendering) || o$1)(H);
}
function H() {
	try {
		for (var n, l = 1; i$3.length;) i$3.length > l && i$3.sort(e$1), n = i$3.shift(), l = i$3.length, I(n);
	} finally {
		i$3.length = H.__r = 0;
	}
}
function L(n, l, u, t, i, r, o, e, f, c, a) {
	var s, h, p, v, y, _, g = t && t.__k || w$1, m = l.length;
	for (f = T$1(u, l, g, f, m), s = 0; s < m; s++) null != (p = u.__k[s]) && (h = -1 != p.__i && g[p.__i] || d$1, p.__i = s, _ = q$1(n, p, h, i, r, o, e, f, c, a), v = p.__e, p.ref && h.ref != p.ref && (h.ref && J(h.ref, null, p), a.push(p.ref, p.__c || v, p)), null == y && null != v && (y = v), 4 & p.__u ? (f = j$1(p, f, n), h.__e && (h.__e = null)) : "function" == typeof p.type && void 0 !== _ ? f = _ : v && (f = v.nextSibling), p.__u &= -7);
	return u.__e = y, f;
}
function T$1(n, l, u, t, i) {
	var r, o, e, f, c, a = u.length, s = a, h = 0;
	for (n.__k = new Array(i), r = 0; r < i; r++) null != (o = l[r]) && "boolean" != typeof o && "function" != typeof o ? ("string" == typeof o || "number" == typeof o || "bigint" == typeof o || o.constructor == String ? o = n.__k[r] = x$1(null, o, null, null, null) : g$1(o) ? o = n.__k[r] = x$1(S, { children: o }, null, null, null) : void 0 === o.constructor && o.__b > 0 ? o = n.__k[r] = x$1(o.type, o.props, o.key, o.ref ? o.ref : null, o.__v) : n.__k[r] = o, f = r + h, o.__ = n, o.__b = n.__b + 1, e = null, -1 != (c = o.__i = O(o, u, f, s)) && (s--, (e = u[c]) && (e.__u |= 2)), null == e || null == e.__v ? (-1 == c && (i > a ? h-- : i < a && h++), "function" != typeof o.type && (o.__u |= 4)) : c != f && (c == f - 1 ? h-- : c == f + 1 ? h++ : (c > f ? h-- : h++, o.__u |= 4))) : n.__k[r] = null;
	if (s) for (r = 0; r < a; r++) null != (e = u[r]) && 0 == (2 & e.__u) && (e.__e == t && (t = $(e)), K(e, e));
	return t;
}
function j$1(n, l, u) {
	var t, i;
	if ("function" == typeof n.type) {
		for (t = n.__k, i = 0; t && i < t.length; i++) t[i] && (t[i].__ = n, l = j$1(t[i], l, u));
		return l;
	}
	n.__e != l && (l && n.type && !l.parentNode && (l = $(n)), l = u.insertBefore(n.__e, l || null));
	do
		l = l && l.nextSibling;
	while (null != l && 8 == l.nodeType);
	return l;
}
function F(n, l) {
	return l = l || [], null == n || "boolean" == typeof n || (g$1(n) ? n.some(function(n) {
		F(n, l);
	}) : l.push(n)), l;
}
function O(n, l, u, t) {
	var i, r, o, e = n.key, f = n.type, c = l[u], a = null != c && 0 == (2 & c.__u);
	if (null === c && null == e || a && e == c.key && f == c.type) return u;
	if (t > (a ? 1 : 0)) {
		for (i = u - 1, r = u + 1; i >= 0 || r < l.length;) if (null != (c = l[o = i >= 0 ? i-- : r++]) && 0 == (2 & c.__u) && e == c.key && f == c.type) return o;
	}
	return -1;
}
function z$1(n, l, u) {
	"-" == l[0] ? n.setProperty(l, null == u ? "" : u) : n[l] = null == u ? "" : "number" != typeof u || _.test(l) ? u : u + "px";
}
function N(n, l, u, t, i) {
	var r, o;
	n: if ("style" == l) if ("string" == typeof u) n.style.cssText = u;
	else {
		if ("string" == typeof t && (n.style.cssText = t = ""), t) for (l in t) u && l in u || z$1(n.style, l, "");
		if (u) for (l in u) t && u[l] == t[l] || z$1(n.style, l, u[l]);
	}
	else if ("o" == l[0] && "n" == l[1]) r = l != (l = l.replace(s$1, "$1")), o = l.toLowerCase(), l = o in n || "onFocusOut" == l || "onFocusIn" == l ? o.slice(2) : l.slice(2), n.l || (n.l = {}), n.l[l + r] = u, u ? t ? u[a$1] = t[a$1] : (u[a$1] = h$1, n.addEventListener(l, r ? v$1 : p$1, r)) : n.removeEventListener(l, r ? v$1 : p$1, r);
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
			if (null == u[c$1]) u[c$1] = h$1++;
			else if (u[c$1] < t[a$1]) return;
			return t(l$1.event ? l$1.event(u) : u);
		}
	};
}
function q$1(n, u, t, i, r, o, e, f, c, a) {
	var s, h, p, v, y, d, _, k, x, M, I, P, A, H, T, j, F = u.type;
	if (void 0 !== u.constructor) return null;
	128 & t.__u && (c = !!(32 & t.__u), o = [f = u.__e = t.__e]), (s = l$1.__b) && s(u);
	n: if ("function" == typeof F) {
		h = e.length;
		try {
			if (x = u.props, M = F.prototype && F.prototype.render, I = (s = F.contextType) && i[s.__c], P = s ? I ? I.props.value : s.__ : i, t.__c ? k = (p = u.__c = t.__c).__ = p.__E : (M ? u.__c = p = new F(x, P) : (u.__c = p = new C$1(x, P), p.constructor = F, p.render = Q), I && I.sub(p), p.state || (p.state = {}), p.__n = i, v = p.__d = !0, p.__h = [], p._sb = []), M && null == p.__s && (p.__s = p.state), M && null != F.getDerivedStateFromProps && (p.__s == p.state && (p.__s = m$1({}, p.__s)), m$1(p.__s, F.getDerivedStateFromProps(x, p.__s))), y = p.props, d = p.state, p.__v = u, v) M && null == F.getDerivedStateFromProps && null != p.componentWillMount && p.componentWillMount(), M && null != p.componentDidMount && p.__h.push(p.componentDidMount);
			else {
				if (M && null == F.getDerivedStateFromProps && x !== y && null != p.componentWillReceiveProps && p.componentWillReceiveProps(x, P), u.__v == t.__v || !p.__e && null != p.shouldComponentUpdate && !1 === p.shouldComponentUpdate(x, p.__s, P)) {
					u.__v != t.__v && (p.props = x, p.state = p.__s, p.__d = !1), u.__e = t.__e, u.__k = t.__k, u.__k.some(function(n) {
						n && (n.__ = u);
					}), w$1.push.apply(p.__h, p._sb), p._sb = [], p.__h.length && e.push(p), f = $(t);
					break n;
				}
				null != p.componentWillUpdate && p.componentWillUpdate(x, p.__s, P), M && null != p.componentDidUpdate && p.__h.push(function() {
					p.componentDidUpdate(y, d, _);
				});
			}
			if (p.context = P, p.props = x, p.__P = n, p.__e = !1, A = l$1.__r, H = 0, M) p.state = p.__s, p.__d = !1, A && A(u), s = p.render(p.props, p.state, p.context), w$1.push.apply(p.__h, p._sb), p._sb = [];
			else do
				p.__d = !1, A && A(u), s = p.render(p.props, p.state, p.context), p.state = p.__s;
			while (p.__d && ++H < 25);
			p.state = p.__s, null != p.getChildContext && (i = m$1(m$1({}, i), p.getChildContext())), M && !v && null != p.getSnapshotBeforeUpdate && (_ = p.getSnapshotBeforeUpdate(y, d)), T = null != s && s.type === S && null == s.key ? E(s.props.children) : s, f = L(n, g$1(T) ? T : [T], u, t, i, r, o, e, f, c, a), p.base = u.__e, u.__u &= -161, p.__h.length && e.push(p), k && (p.__E = p.__ = null);
		} catch (n) {
			if (e.length = h, u.__v = null, c || null != o) {
				if (n.then) {
					for (u.__u |= c ? 160 : 128; f && 8 == f.nodeType && f.nextSibling;) f = f.nextSibling;
					null != o && (o[o.indexOf(f)] = null), u.__e = f;
				} else if (null != o) for (j = o.length; j--;) b(o[j]);
			} else u.__e = t.__e;
			u.__k ??= t.__k || [], n.then || B$1(u), l$1.__e(n, u, t);
		}
	} else null == o && u.__v == t.__v ? (u.__k = t.__k, u.__e = t.__e) : f = u.__e = G(t.__e, u, t, i, r, o, e, c, a);
	return (s = l$1.diffed) && s(u), 128 & u.__u ? void 0 : f;
}
function B$1(n) {
	n && (n.__c && (n.__c.__e = !0), n.__k && n.__k.some(B$1));
}
function D$1(n, u, t) {
	for (var i = 0; i < t.length; i++) J(t[i], t[++i], t[++i]);
	l$1.__c && l$1.__c(u, n), n.some(function(u) {
		try {
			n = u.__h, u.__h = [], n.some(function(n) {
				n.call(u);
			});
		} catch (n) {
			l$1.__e(n, u.__v);
		}
	});
}
function E(n) {
	return "object" != typeof n || null == n || n.__b > 0 ? n : g$1(n) ? n.map(E) : void 0 !== n.constructor ? null : m$1({}, n);
}
function G(u, t, i, r, o, e, f, c, a) {
	var s, h, p, v, y, w, _, m = i.props || d$1, k = t.props, x = t.type;
	if ("svg" == x ? o = "http://www.w3.org/2000/svg" : "math" == x ? o = "http://www.w3.org/1998/Math/MathML" : o || (o = "http://www.w3.org/1999/xhtml"), null != e) {
		for (s = 0; s < e.length; s++) if ((y = e[s]) && "setAttribute" in y == !!x && (x ? y.localName == x : 3 == y.nodeType)) {
			u = y, e[s] = null;
			break;
		}
	}
	if (null == u) {
		if (null == x) return document.createTextNode(k);
		u = document.createElementNS(o, x, k.is && k), c && (l$1.__m && l$1.__m(t, e), c = !1), e = null;
	}
	if (null == x) m === k || c && u.data == k || (u.data = k);
	else {
		if (e = "textarea" == x && null != k.defaultValue ? null : e && n.call(u.childNodes), !c && null != e) for (m = {}, s = 0; s < u.attributes.length; s++) m[(y = u.attributes[s]).name] = y.value;
		for (s in m) y = m[s], "dangerouslySetInnerHTML" == s ? p = y : "children" == s || s in k || "value" == s && "defaultValue" in k || "checked" == s && "defaultChecked" in k || N(u, s, null, y, o);
		for (s in k) y = k[s], "children" == s ? v = y : "dangerouslySetInnerHTML" == s ? h = y : "value" == s ? w = y : "checked" == s ? _ = y : c && "function" != typeof y || m[s] === y || N(u, s, y, m[s], o);
		if (h) c || p && (h.__html == p.__html || h.__html == u.innerHTML) || (u.innerHTML = h.__html), t.__k = [];
		else if (p && (u.innerHTML = ""), L("template" == t.type ? u.content : u, g$1(v) ? v : [v], t, i, r, "foreignObject" == x ? "http://www.w3.org/1999/xhtml" : o, e, f, e ? e[0] : i.__k && $(i, 0), c, a), null != e) for (s = e.length; s--;) b(e[s]);
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
		l$1.__e(n, t);
	}
}
function K(n, u, t) {
	var i, r;
	if (l$1.unmount && l$1.unmount(n), (i = n.ref) && (i.current && i.current != n.__e || J(i, null, u)), null != (i = n.__c)) {
		if (i.componentWillUnmount) try {
			i.componentWillUnmount();
		} catch (n) {
			l$1.__e(n, u);
		}
		i.base = i.__P = i.__n = null;
	}
	if (i = n.__k) for (r = 0; r < i.length; r++) i[r] && K(i[r], u, t || "function" != typeof n.type);
	t || b(n.__e), n.__c = n.__ = n.__e = void 0;
}
function Q(n, l, u) {
	return this.constructor(n, u);
}
function R(u, t, i) {
	var r, o, e, f;
	t == document && (t = document.documentElement), l$1.__ && l$1.__(u, t), o = (r = "function" == typeof i) ? null : i && i.__k || t.__k, e = [], f = [], q$1(t, u = (!r && i || t).__k = k$1(S, null, [u]), o || d$1, d$1, t.namespaceURI, !r && i ? [i] : o ? null : t.firstChild ? n.call(t.childNodes) : null, e, !r && i ? i : o ? o.__e : t.firstChild, r, f), D$1(e, u, f), u.props.children = null;
}
n = w$1.slice, l$1 = { __e: function(n, l, u, t) {
	for (var i, r, o; l = l.__;) if ((i = l.__c) && !i.__) try {
		if ((r = i.constructor) && null != r.getDerivedStateFromError && (i.setState(r.getDerivedStateFromError(n)), o = i.__d), null != i.componentDidCatch && (i.componentDidCatch(n, t || {}), o = i.__d), o) return i.__E = i;
	} catch (l) {
		n = l;
	}
	throw n;
} }, u$2 = 0, t$1 = function(n) {
	return null != n && void 0 === n.constructor;
}, C$1.prototype.setState = function(n, l) {
	var u = null != this.__s && this.__s != this.state ? this.__s : this.__s = m$1({}, this.state);
	"function" == typeof n && (n = n(m$1({}, u), this.props)), n && m$1(u, n), null != n && this.__v && (l && this._sb.push(l), A$1(this));
}, C$1.prototype.forceUpdate = function(n) {
	this.__v && (this.__e = !0, n && this.__h.push(n), A$1(this));
}, C$1.prototype.render = S, i$3 = [], o$1 = "function" == typeof Promise ? Promise.prototype.then.bind(Promise.resolve()) : setTimeout, e$1 = function(n, l) {
	return n.__v.__b - l.__v.__b;
}, H.__r = 0, f$2 = Math.random().toString(8), c$1 = "__d" + f$2, a$1 = "__a" + f$2, s$1 = /(PointerCapture)$|Capture$/i, h$1 = 0, p$1 = V(!1), v$1 = V(!0);
// node_modules/preact/hooks/dist/hooks.module.js
var t;
var r;
var u$1;
var i$2;
var o = 0;
var f$1 = [];
var c = l$1;
var e = c.__b;
var a = c.__r;
var v = c.diffed;
var l = c.__c;
var m = c.unmount;
var p = c.__;
function s(n, t) {
	c.__h && c.__h(r, n, o || t), o = 0;
	var u = r.__H || (r.__H = {
		__: [],
		__h: []
	});
	return n >= u.__.length && u.__.push({}), u.__[n];
}
function d(n) {
	return o = 1, y(D, n);
}
function y(n, u, i) {
	var o = s(t++, 2);
	if (o.t = n, !o.__c && (o.__ = [i ? i(u) : D(void 0, u), function(n) {
		var t = o.__N ? o.__N[0] : o.__[0], r = o.t(t, n);
		t !== r && (o.__N = [r, o.__[1]], o.__c.setState({}));
	}], o.__c = r, !r.__f)) {
		var f = function(n, t, r) {
			if (!o.__c.__H) return !0;
			var u = !1, i = o.__c.props !== n;
			if (o.__c.__H.__.some(function(n) {
				if (n.__N) {
					u = !0;
					var t = n.__[0];
					n.__ = n.__N, n.__N = void 0, t !== n.__[0] && (i = !0);
				}
			}), c) {
				var f = c.call(this, n, t, r);
				return u ? f || i : f;
			}
			return !u || i;
		};
		r.__f = !0;
		var c = r.shouldComponentUpdate, e = r.componentWillUpdate;
		r.componentWillUpdate = function(n, t, r) {
			if (this.__e) {
				var u = c;
				c = void 0, f(n, t, r), c = u;
			}
			e && e.call(this, n, t, r);
		}, r.shouldComponentUpdate = f;
	}
	return o.__N || o.__;
}
function h(n, u) {
	var i = s(t++, 3);
	!c.__s && C(i.__H, u) && (i.__ = n, i.u = u, r.__H.__h.push(i));
}
function A(n) {
	return o = 5, T(function() {
		return { current: n };
	}, []);
}
function T(n, r) {
	var u = s(t++, 7);
	return C(u.__H, r) && (u.__ = n(), u.__H = r, u.__h = n), u.__;
}
function q(n, t) {
	return o = 8, T(function() {
		return n;
	}, t);
}
function g() {
	var n = s(t++, 11);
	if (!n.__) {
		for (var u = r.__v; null !== u && !u.__m && null !== u.__;) u = u.__;
		var i = u.__m || (u.__m = [0, 0]);
		n.__ = "P" + i[0] + "-" + i[1]++;
	}
	return n.__;
}
function j() {
	for (var n; n = f$1.shift();) {
		var t = n.__H;
		if (n.__P && t) try {
			t.__h.some(z), t.__h.some(B), t.__h = [];
		} catch (r) {
			t.__h = [], c.__e(r, n.__v);
		}
	}
}
c.__b = function(n) {
	r = null, e && e(n);
}, c.__ = function(n, t) {
	n && t.__k && t.__k.__m && (n.__m = t.__k.__m), p && p(n, t);
}, c.__r = function(n) {
	a && a(n), t = 0;
	var i = (r = n.__c).__H;
	i && (u$1 === r ? (i.__h = [], r.__h = [], i.__.some(function(n) {
		n.__N && (n.__ = n.__N), n.u = n.__N = void 0;
	})) : (i.__h.some(z), i.__h.some(B), i.__h = [], t = 0)), u$1 = r;
}, c.diffed = function(n) {
	v && v(n);
	var t = n.__c;
	t && t.__H && (t.__H.__h.length && (1 !== f$1.push(t) && i$2 === c.requestAnimationFrame || ((i$2 = c.requestAnimationFrame) || w)(j)), t.__H.__.some(function(n) {
		n.u && (n.__H = n.u, n.u = void 0);
	})), u$1 = r = null;
}, c.__c = function(n, t) {
	t.some(function(n) {
		try {
			n.__h.some(z), n.__h = n.__h.filter(function(n) {
				return !n.__ || B(n);
			});
		} catch (r) {
			t.some(function(n) {
				n.__h && (n.__h = []);
			}), t = [], c.__e(r, n.__v);
		}
	}), l && l(n, t);
}, c.unmount = function(n) {
	m && m(n);
	var t, r = n.__c;
	r && r.__H && (r.__H.__.some(function(n) {
		try {
			z(n);
		} catch (n) {
			t = n;
		}
	}), r.__H = void 0, t && c.__e(t, r.__v));
};
var k = "function" == typeof requestAnimationFrame;
function w(n) {
	var t, r = function() {
		clearTimeout(u), k && cancelAnimationFrame(t), setTimeout(n);
	}, u = setTimeout(r, 35);
	k && (t = requestAnimationFrame(r));
}
function z(n) {
	var t = r, u = n.__c;
	"function" == typeof u && (n.__c = void 0, u()), r = t;
}
function B(n) {
	var t = r;
	n.__c = n.__(), r = t;
}
function C(n, t) {
	return !n || n.length !== t.length || t.some(function(t, r) {
		return t !== n[r];
	});
}
function D(n, t) {
	return "function" == typeof t ? t(n) : t;
}
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
	return l$1.vnode && l$1.vnode(l), l;
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
// components/orders/errors.ts
var FIELD_NAMES = {
	company: "Company",
	contactName: "Contact name",
	emails: "Email addresses",
	domains: "Domains",
	replyLanguages: "Reply languages",
	poNumbers: "PO numbers",
	product: "Product",
	quantity: "Quantity",
	supplierId: "Supplier",
	label: "Label",
	instructions: "Instructions",
	minLongEdge: "Minimum long edge",
	name: "Name",
	dueDate: "Due date",
	startDate: "Start date",
	ignoredSenders: "Ignored senders",
	signature: "Signature",
	email: "Email"
};
/** `supplier.domains[0]: gmail.com is a public…` → `Domains: gmail.com is a public…`. */
function humanizeProblem(problem) {
	const colon = problem.indexOf(": ");
	if (colon < 0) return problem;
	const path = problem.slice(0, colon);
	let text = problem.slice(colon + 2);
	const field = [...path.split(".").map((p) => p.replace(/\[\d+\]$/, ""))].reverse().find((f) => f in FIELD_NAMES);
	const expected = /^expected (.+), got (.+)$/.exec(text);
	if (expected) text = `${expected[2]} is not ${expected[1]}`;
	return field ? `${FIELD_NAMES[field]}: ${text}` : text;
}
function explainError(e, options = {}) {
	if (e instanceof StoreError) {
		if (e.code === "validation" && e.problems.length) {
			const colon = e.message.indexOf(": ");
			return {
				message: colon > 0 ? `${e.message.slice(0, colon)}.` : e.message,
				problems: options.humanize === false ? e.problems : e.problems.map(humanizeProblem)
			};
		}
		return {
			message: e.message,
			problems: []
		};
	}
	return {
		message: e instanceof Error ? e.message : String(e),
		problems: []
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
// utils/triage/checklist.ts
var time$1 = (iso) => Date.parse(iso);
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
	return time$1(currentOrigin(p, orderId)?.receivedAt ?? p.createdAt);
};
function newestFirst$1(photos, orderId) {
	return [...photos].sort((a, b) => receivedAt(b, orderId) - receivedAt(a, orderId) || time$1(b.createdAt) - time$1(a.createdAt));
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
	const now = time$1(current.receivedAt);
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
			const at = time$1(seen.receivedAt);
			const sameOrder = seenOrder === orderId;
			if (sameOrder ? at >= now : at > now) continue;
			if (sameOrder && match === "near" && pixelsOf(p) > pixelsOf(other)) continue;
			if (!found || match === "exact" && found.match === "near" || match === found.match && at < time$1(found.firstSeen.receivedAt)) found = {
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
	const sorted = newestFirst$1(photos, order.id);
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
// components/orders/near-index.ts
var HEX16 = /^[0-9a-f]{16}$/i;
/** Bits [start, start + width) of the 64-bit value hi:lo, counted from the least significant. */
function bitsOf(hi, lo, start, width) {
	let v = 0;
	for (let k = 0; k < width; k++) {
		const bit = start + k;
		v |= (bit < 32 ? lo >>> bit & 1 : hi >>> bit - 32 & 1) << k;
	}
	return v >>> 0;
}
function createNearIndex(photos, maxBits) {
	const bits = Math.max(0, Math.min(63, Math.floor(maxBits)));
	const chunks = Math.max(4, Math.ceil((bits + 1) / 2));
	const flips = Math.floor(bits / chunks) > 0;
	const bounds = Array.from({ length: chunks + 1 }, (_, i) => Math.floor(i * 64 / chunks));
	const widths = bounds.slice(1).map((end, i) => end - bounds[i]);
	const records = [];
	const position = /* @__PURE__ */ new Map();
	const his = [];
	const los = [];
	for (const photo of photos) {
		const hex = dHashOf(photo);
		if (!hex || !HEX16.test(hex)) continue;
		position.set(photo, records.push(photo) - 1);
		his.push(Number.parseInt(hex.slice(0, 8), 16));
		los.push(Number.parseInt(hex.slice(8), 16));
	}
	const n = records.length;
	const hi = Uint32Array.from(his);
	const lo = Uint32Array.from(los);
	const starts = [];
	const ids = [];
	const parts = new Uint32Array(n * chunks);
	for (let c = 0; c < chunks; c++) {
		const start = new Int32Array((1 << widths[c]) + 1);
		for (let i = 0; i < n; i++) {
			const v = bitsOf(hi[i], lo[i], bounds[c], widths[c]);
			parts[i * chunks + c] = v;
			start[v + 1]++;
		}
		for (let v = 1; v < start.length; v++) start[v] += start[v - 1];
		const fill = start.slice();
		const list = new Int32Array(n);
		for (let i = 0; i < n; i++) list[fill[parts[i * chunks + c]]++] = i;
		starts.push(start);
		ids.push(list);
	}
	const stamp = new Int32Array(n).fill(-1);
	let query = 0;
	const collect = (photo, found) => {
		const at = position.get(photo);
		let h;
		let l;
		if (at !== void 0) {
			h = hi[at];
			l = lo[at];
		} else {
			const hex = dHashOf(photo);
			if (!hex || !HEX16.test(hex)) return;
			h = Number.parseInt(hex.slice(0, 8), 16);
			l = Number.parseInt(hex.slice(8), 16);
		}
		for (let c = 0; c < chunks; c++) {
			const part = at !== void 0 ? parts[at * chunks + c] : bitsOf(h, l, bounds[c], widths[c]);
			const start = starts[c];
			const list = ids[c];
			const probes = flips ? widths[c] + 1 : 1;
			for (let k = 0; k < probes; k++) {
				const v = k === 0 ? part : part ^ 1 << k - 1;
				for (let x = start[v], end = start[v + 1]; x < end; x++) {
					const i = list[x];
					if (stamp[i] === query) continue;
					if (popcount32(hi[i] ^ h) + popcount32(lo[i] ^ l) <= bits) {
						stamp[i] = query;
						found.push(i);
					}
				}
			}
		}
	};
	const run = (list) => {
		query++;
		const found = [];
		for (const p of list) collect(p, found);
		return found.map((i) => records[i]);
	};
	return {
		near: (photo) => run([photo]),
		nearAll: run
	};
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
var revfd = _b.r;
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
var flm = /*#__PURE__*/ hMap(flt, 9, 0);
var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
var fdm = /*#__PURE__*/ hMap(fdt, 5, 0);
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
var wbits = function(d, p, v) {
	v <<= p & 7;
	var o = p / 8 | 0;
	d[o] |= v;
	d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
	v <<= p & 7;
	var o = p / 8 | 0;
	d[o] |= v;
	d[o + 1] |= v >> 8;
	d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
	var t = [];
	for (var i = 0; i < d.length; ++i) if (d[i]) t.push({
		s: i,
		f: d[i]
	});
	var s = t.length;
	var t2 = t.slice();
	if (!s) return {
		t: et,
		l: 0
	};
	if (s == 1) {
		var v = new u8(t[0].s + 1);
		v[t[0].s] = 1;
		return {
			t: v,
			l: 1
		};
	}
	t.sort(function(a, b) {
		return a.f - b.f;
	});
	t.push({
		s: -1,
		f: 25001
	});
	var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
	t[0] = {
		s: -1,
		f: l.f + r.f,
		l,
		r
	};
	while (i1 != s - 1) {
		l = t[t[i0].f < t[i2].f ? i0++ : i2++];
		r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
		t[i1++] = {
			s: -1,
			f: l.f + r.f,
			l,
			r
		};
	}
	var maxSym = t2[0].s;
	for (var i = 1; i < s; ++i) if (t2[i].s > maxSym) maxSym = t2[i].s;
	var tr = new u16$1(maxSym + 1);
	var mbt = ln(t[i1 - 1], tr, 0);
	if (mbt > mb) {
		var i = 0, dt = 0;
		var lft = mbt - mb, cst = 1 << lft;
		t2.sort(function(a, b) {
			return tr[b.s] - tr[a.s] || a.f - b.f;
		});
		for (; i < s; ++i) {
			var i2_1 = t2[i].s;
			if (tr[i2_1] > mb) {
				dt += cst - (1 << mbt - tr[i2_1]);
				tr[i2_1] = mb;
			} else break;
		}
		dt >>= lft;
		while (dt > 0) {
			var i2_2 = t2[i].s;
			if (tr[i2_2] < mb) dt -= 1 << mb - tr[i2_2]++ - 1;
			else ++i;
		}
		for (; i >= 0 && dt; --i) {
			var i2_3 = t2[i].s;
			if (tr[i2_3] == mb) {
				--tr[i2_3];
				++dt;
			}
		}
		mbt = mb;
	}
	return {
		t: new u8(tr),
		l: mbt
	};
};
var ln = function(n, l, d) {
	return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
	var s = c.length;
	while (s && !c[--s]);
	var cl = new u16$1(++s);
	var cli = 0, cln = c[0], cls = 1;
	var w = function(v) {
		cl[cli++] = v;
	};
	for (var i = 1; i <= s; ++i) if (c[i] == cln && i != s) ++cls;
	else {
		if (!cln && cls > 2) {
			for (; cls > 138; cls -= 138) w(32754);
			if (cls > 2) {
				w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
				cls = 0;
			}
		} else if (cls > 3) {
			w(cln), --cls;
			for (; cls > 6; cls -= 6) w(8304);
			if (cls > 2) w(cls - 3 << 5 | 8208), cls = 0;
		}
		while (cls--) w(cln);
		cls = 1;
		cln = c[i];
	}
	return {
		c: cl.subarray(0, cli),
		n: s
	};
};
var clen = function(cf, cl) {
	var l = 0;
	for (var i = 0; i < cl.length; ++i) l += cf[i] * cl[i];
	return l;
};
var wfblk = function(out, pos, dat) {
	var s = dat.length;
	var o = shft(pos + 2);
	out[o] = s & 255;
	out[o + 1] = s >> 8;
	out[o + 2] = out[o] ^ 255;
	out[o + 3] = out[o + 1] ^ 255;
	for (var i = 0; i < s; ++i) out[o + i + 4] = dat[i];
	return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
	wbits(out, p++, final);
	++lf[256];
	var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
	var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
	var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
	var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
	var lcfreq = new u16$1(19);
	for (var i = 0; i < lclt.length; ++i) ++lcfreq[lclt[i] & 31];
	for (var i = 0; i < lcdt.length; ++i) ++lcfreq[lcdt[i] & 31];
	var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
	var nlcc = 19;
	for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc);
	var flen = bl + 5 << 3;
	var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
	var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
	if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl));
	var lm, ll, dm, dl;
	wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
	if (dtlen < ftlen) {
		lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
		var llm = hMap(lct, mlcb, 0);
		wbits(out, p, nlc - 257);
		wbits(out, p + 5, ndc - 1);
		wbits(out, p + 10, nlcc - 4);
		p += 14;
		for (var i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, lct[clim[i]]);
		p += 3 * nlcc;
		var lcts = [lclt, lcdt];
		for (var it = 0; it < 2; ++it) {
			var clct = lcts[it];
			for (var i = 0; i < clct.length; ++i) {
				var len = clct[i] & 31;
				wbits(out, p, llm[len]), p += lct[len];
				if (len > 15) wbits(out, p, clct[i] >> 5 & 127), p += clct[i] >> 12;
			}
		}
	} else lm = flm, ll = flt, dm = fdm, dl = fdt;
	for (var i = 0; i < li; ++i) {
		var sym = syms[i];
		if (sym > 255) {
			var len = sym >> 18 & 31;
			wbits16(out, p, lm[len + 257]), p += ll[len + 257];
			if (len > 7) wbits(out, p, sym >> 23 & 31), p += fleb[len];
			var dst = sym & 31;
			wbits16(out, p, dm[dst]), p += dl[dst];
			if (dst > 3) wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
		} else wbits16(out, p, lm[sym]), p += ll[sym];
	}
	wbits16(out, p, lm[256]);
	return p + ll[256];
};
var deo = /*#__PURE__*/ new i32([
	65540,
	131080,
	131088,
	131104,
	262176,
	1048704,
	1048832,
	2114560,
	2117632
]);
var et = /*#__PURE__*/ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
	var s = st.z || dat.length;
	var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
	var w = o.subarray(pre, o.length - post);
	var lst = st.l;
	var pos = (st.r || 0) & 7;
	if (lvl) {
		if (pos) w[0] = st.r >> 3;
		var opt = deo[lvl - 1];
		var n = opt >> 13, c = opt & 8191;
		var msk_1 = (1 << plvl) - 1;
		var prev = st.p || new u16$1(32768), head = st.h || new u16$1(msk_1 + 1);
		var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
		var hsh = function(i) {
			return (dat[i] ^ dat[i + 1] << bs1_1 ^ dat[i + 2] << bs2_1) & msk_1;
		};
		var syms = new i32(25e3);
		var lf = new u16$1(288), df = new u16$1(32);
		var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
		for (; i + 2 < s; ++i) {
			var hv = hsh(i);
			var imod = i & 32767, pimod = head[hv];
			prev[imod] = pimod;
			head[hv] = imod;
			if (wi <= i) {
				var rem = s - i;
				if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
					pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
					li = lc_1 = eb = 0, bs = i;
					for (var j = 0; j < 286; ++j) lf[j] = 0;
					for (var j = 0; j < 30; ++j) df[j] = 0;
				}
				var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
				if (rem > 2 && hv == hsh(i - dif)) {
					var maxn = Math.min(n, rem) - 1;
					var maxd = Math.min(32767, i);
					var ml = Math.min(258, rem);
					while (dif <= maxd && --ch_1 && imod != pimod) {
						if (dat[i + l] == dat[i + l - dif]) {
							var nl = 0;
							for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl);
							if (nl > l) {
								l = nl, d = dif;
								if (nl > maxn) break;
								var mmd = Math.min(dif, nl - 2);
								var md = 0;
								for (var j = 0; j < mmd; ++j) {
									var ti = i - dif + j & 32767;
									var cd = ti - prev[ti] & 32767;
									if (cd > md) md = cd, pimod = ti;
								}
							}
						}
						imod = pimod, pimod = prev[imod];
						dif += imod - pimod & 32767;
					}
				}
				if (d) {
					syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
					var lin = revfl[l] & 31, din = revfd[d] & 31;
					eb += fleb[lin] + fdeb[din];
					++lf[257 + lin];
					++df[din];
					wi = i + l;
					++lc_1;
				} else {
					syms[li++] = dat[i];
					++lf[dat[i]];
				}
			}
		}
		for (i = Math.max(i, wi); i < s; ++i) {
			syms[li++] = dat[i];
			++lf[dat[i]];
		}
		pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
		if (!lst) {
			st.r = pos & 7 | w[pos / 8 | 0] << 3;
			pos -= 7;
			st.h = head, st.p = prev, st.i = i, st.w = wi;
		}
	} else {
		for (var i = st.w || 0; i < s + lst; i += 65535) {
			var e = i + 65535;
			if (e >= s) {
				w[pos / 8 | 0] = lst;
				e = s;
			}
			pos = wfblk(w, pos + 1, dat.subarray(i, e));
		}
		st.i = s;
	}
	return slc(o, 0, pre + shft(pos) + post);
};
var crct = /*#__PURE__*/ (function() {
	var t = /* @__PURE__ */ new Int32Array(256);
	for (var i = 0; i < 256; ++i) {
		var c = i, k = 9;
		while (--k) c = (c & 1 && -306674912) ^ c >>> 1;
		t[i] = c;
	}
	return t;
})();
var crc = function() {
	var c = -1;
	return {
		p: function(d) {
			var cr = c;
			for (var i = 0; i < d.length; ++i) cr = crct[cr & 255 ^ d[i]] ^ cr >>> 8;
			c = cr;
		},
		d: function() {
			return ~c;
		}
	};
};
var dopt = function(dat, opt, pre, post, st) {
	if (!st) {
		st = { l: 1 };
		if (opt.dictionary) {
			var dict = opt.dictionary.subarray(-32768);
			var newDat = new u8(dict.length + dat.length);
			newDat.set(dict);
			newDat.set(dat, dict.length);
			dat = newDat;
			st.w = dict.length;
		}
	}
	return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
	var o = {};
	for (var k in a) o[k] = a[k];
	for (var k in b) o[k] = b[k];
	return o;
};
var wbytes = function(d, b, v) {
	for (; v; ++b) d[b] = v, v >>>= 8;
};
/**
* Streaming DEFLATE compression
*/
var Deflate = /* @__PURE__ */ function() {
	function Deflate(opts, cb) {
		if (typeof opts == "function") cb = opts, opts = {};
		this.ondata = cb;
		this.o = opts || {};
		this.s = {
			l: 0,
			i: 32768,
			w: 32768,
			z: 32768
		};
		this.b = new u8(98304);
		if (this.o.dictionary) {
			var dict = this.o.dictionary.subarray(-32768);
			this.b.set(dict, 32768 - dict.length);
			this.s.i = 32768 - dict.length;
		}
	}
	Deflate.prototype.p = function(c, f) {
		this.ondata(dopt(c, this.o, 0, 0, this.s), f);
	};
	/**
	* Pushes a chunk to be deflated
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	Deflate.prototype.push = function(chunk, final) {
		if (!this.ondata) err(5);
		if (this.s.l) err(4);
		var endLen = chunk.length + this.s.z;
		if (endLen > this.b.length) {
			if (endLen > 2 * this.b.length - 32768) {
				var newBuf = new u8(endLen & -32768);
				newBuf.set(this.b.subarray(0, this.s.z));
				this.b = newBuf;
			}
			var split = this.b.length - this.s.z;
			this.b.set(chunk.subarray(0, split), this.s.z);
			this.s.z = this.b.length;
			this.p(this.b, false);
			this.b.set(this.b.subarray(-32768));
			this.b.set(chunk.subarray(split), 32768);
			this.s.z = chunk.length - split + 32768;
			this.s.i = 32766, this.s.w = 32768;
		} else {
			this.b.set(chunk, this.s.z);
			this.s.z += chunk.length;
		}
		this.s.l = final & 1;
		if (this.s.z > this.s.w + 8191 || final) {
			this.p(this.b, final || false);
			this.s.w = this.s.i, this.s.i -= 2;
		}
		if (final) {
			this.s = this.o = {};
			this.b = et;
		}
	};
	/**
	* Flushes buffered uncompressed data. Useful to immediately retrieve the
	* deflated output for small inputs.
	* @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
	*             extra bytes, but guarantees all pushed data is immediately
	*             decompressible. A separate DEFLATE stream may be concatenated
	*             with the current output after a sync flush.
	*/
	Deflate.prototype.flush = function(sync) {
		if (!this.ondata) err(5);
		if (this.s.l) err(4);
		this.p(this.b, false);
		this.s.w = this.s.i, this.s.i -= 2;
		if (sync) {
			var c = new u8(6);
			c[0] = this.s.r >> 3;
			var ep = wfblk(c, this.s.r, et);
			this.s.r = 0;
			this.ondata(c.subarray(0, ep >> 3), false);
		}
	};
	return Deflate;
}();
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
var te = typeof TextEncoder != "undefined" && /*#__PURE__*/ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
/**
* Converts a string into a Uint8Array for use with compression/decompression methods
* @param str The string to encode
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless decoding a binary string.
* @returns The string encoded in UTF-8/Latin-1 binary
*/
function strToU8(str, latin1) {
	if (latin1) {
		var ar_1 = new u8(str.length);
		for (var i = 0; i < str.length; ++i) ar_1[i] = str.charCodeAt(i);
		return ar_1;
	}
	if (te) return te.encode(str);
	var l = str.length;
	var ar = new u8(str.length + (str.length >> 1));
	var ai = 0;
	var w = function(v) {
		ar[ai++] = v;
	};
	for (var i = 0; i < l; ++i) {
		if (ai + 5 > ar.length) {
			var n = new u8(ai + 8 + (l - i << 1));
			n.set(ar);
			ar = n;
		}
		var c = str.charCodeAt(i);
		if (c < 128 || latin1) w(c);
		else if (c < 2048) w(192 | c >> 6), w(128 | c & 63);
		else if (c > 55295 && c < 57344) c = 65536 + (c & 1047552) | str.charCodeAt(++i) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
		else w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
	}
	return slc(ar, 0, ai);
}
var dbf = function(l) {
	return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0;
};
var exfl = function(ex) {
	var le = 0;
	if (ex) for (var k in ex) {
		var l = ex[k].length;
		if (l > 65535) err(9);
		le += l + 4;
	}
	return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
	var fl = fn.length, ex = f.extra, col = co && co.length;
	var exl = exfl(ex);
	wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
	if (ce != null) d[b++] = 20, d[b++] = f.os;
	d[b] = 20, b += 2;
	d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
	d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
	var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
	if (y < 0 || y > 119) err(10);
	wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
	if (c != -1) {
		wbytes(d, b, f.crc);
		wbytes(d, b + 4, c < 0 ? -c - 2 : c);
		wbytes(d, b + 8, f.size);
	}
	wbytes(d, b + 12, fl);
	wbytes(d, b + 14, exl), b += 16;
	if (ce != null) {
		wbytes(d, b, col);
		wbytes(d, b + 6, f.attrs);
		wbytes(d, b + 10, ce), b += 14;
	}
	d.set(fn, b);
	b += fl;
	if (exl) for (var k in ex) {
		var exf = ex[k], l = exf.length;
		wbytes(d, b, +k);
		wbytes(d, b + 2, l);
		d.set(exf, b + 4), b += 4 + l;
	}
	if (col) d.set(co, b), b += col;
	return b;
};
var wzf = function(o, b, c, d, e) {
	wbytes(o, b, 101010256);
	wbytes(o, b + 8, c);
	wbytes(o, b + 10, c);
	wbytes(o, b + 12, d);
	wbytes(o, b + 16, e);
};
/**
* A pass-through stream to keep data uncompressed in a ZIP archive.
*/
var ZipPassThrough = /* @__PURE__ */ function() {
	/**
	* Creates a pass-through stream that can be added to ZIP archives
	* @param filename The filename to associate with this data stream
	*/
	function ZipPassThrough(filename) {
		this.filename = filename;
		this.c = crc();
		this.size = 0;
		this.compression = 0;
	}
	/**
	* Processes a chunk and pushes to the output stream. You can override this
	* method in a subclass for custom behavior, but by default this passes
	* the data through. You must call this.ondata(err, chunk, final) at some
	* point in this method.
	* @param chunk The chunk to process
	* @param final Whether this is the last chunk
	*/
	ZipPassThrough.prototype.process = function(chunk, final) {
		this.ondata(null, chunk, final);
	};
	/**
	* Pushes a chunk to be added. If you are subclassing this with a custom
	* compression algorithm, note that you must push data from the source
	* file only, pre-compression.
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	ZipPassThrough.prototype.push = function(chunk, final) {
		if (!this.ondata) err(5);
		this.c.p(chunk);
		this.size += chunk.length;
		if (final) this.crc = this.c.d();
		this.process(chunk, final || false);
	};
	return ZipPassThrough;
}();
/**
* Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
* for better performance
*/
var ZipDeflate = /* @__PURE__ */ function() {
	/**
	* Creates a DEFLATE stream that can be added to ZIP archives
	* @param filename The filename to associate with this data stream
	* @param opts The compression options
	*/
	function ZipDeflate(filename, opts) {
		var _this = this;
		if (!opts) opts = {};
		ZipPassThrough.call(this, filename);
		this.d = new Deflate(opts, function(dat, final) {
			_this.ondata(null, dat, final);
		});
		this.compression = 8;
		this.flag = dbf(opts.level);
	}
	ZipDeflate.prototype.process = function(chunk, final) {
		try {
			this.d.push(chunk, final);
		} catch (e) {
			this.ondata(e, null, final);
		}
	};
	/**
	* Pushes a chunk to be deflated
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	ZipDeflate.prototype.push = function(chunk, final) {
		ZipPassThrough.prototype.push.call(this, chunk, final);
	};
	return ZipDeflate;
}();
/**
* A zippable archive to which files can incrementally be added
*/
var Zip = /* @__PURE__ */ function() {
	/**
	* Creates an empty ZIP archive to which files can be added
	* @param cb The callback to call whenever data for the generated ZIP archive
	*           is available
	*/
	function Zip(cb) {
		this.ondata = cb;
		this.u = [];
		this.d = 1;
	}
	/**
	* Adds a file to the ZIP archive
	* @param file The file stream to add
	*/
	Zip.prototype.add = function(file) {
		var _this = this;
		if (!this.ondata) err(5);
		if (this.d & 2) this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
		else {
			var f = strToU8(file.filename), fl_1 = f.length;
			var com = file.comment, o = com && strToU8(com);
			var u = fl_1 != file.filename.length || o && com.length != o.length;
			var hl_1 = fl_1 + exfl(file.extra) + 30;
			if (fl_1 > 65535) this.ondata(err(11, 0, 1), null, false);
			var header = new u8(hl_1);
			wzh(header, 0, file, f, u, -1);
			var chks_1 = [header];
			var pAll_1 = function() {
				for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
					var chk = chks_2[_i];
					_this.ondata(null, chk, false);
				}
				chks_1 = [];
			};
			var tr_1 = this.d;
			this.d = 0;
			var ind_1 = this.u.length;
			var uf_1 = mrg(file, {
				f,
				u,
				o,
				t: function() {
					if (file.terminate) file.terminate();
				},
				r: function() {
					pAll_1();
					if (tr_1) {
						var nxt = _this.u[ind_1 + 1];
						if (nxt) nxt.r();
						else _this.d = 1;
					}
					tr_1 = 1;
				}
			});
			var cl_1 = 0;
			file.ondata = function(err, dat, final) {
				if (err) {
					_this.ondata(err, dat, final);
					_this.terminate();
				} else {
					cl_1 += dat.length;
					chks_1.push(dat);
					if (final) {
						var dd = new u8(16);
						wbytes(dd, 0, 134695760);
						wbytes(dd, 4, file.crc);
						wbytes(dd, 8, cl_1);
						wbytes(dd, 12, file.size);
						chks_1.push(dd);
						uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
						if (tr_1) uf_1.r();
						tr_1 = 1;
					} else if (tr_1) pAll_1();
				}
			};
			this.u.push(uf_1);
		}
	};
	/**
	* Ends the process of adding files and prepares to emit the final chunks.
	* This *must* be called after adding all desired files for the resulting
	* ZIP file to work properly.
	*/
	Zip.prototype.end = function() {
		var _this = this;
		if (this.d & 2) {
			this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
			return;
		}
		if (this.d) this.e();
		else this.u.push({
			r: function() {
				if (!(_this.d & 1)) return;
				_this.u.splice(-1, 1);
				_this.e();
			},
			t: function() {}
		});
		this.d = 3;
	};
	Zip.prototype.e = function() {
		var bt = 0, l = 0, tl = 0;
		for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
			var f = _a[_i];
			tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
		}
		var out = new u8(tl + 22);
		for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
			var f = _c[_b];
			wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
			bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
		}
		wzf(out, bt, this.u.length, tl, l);
		this.ondata(null, out, true);
		this.d = 2;
	};
	/**
	* A method to terminate any internal workers used by the stream. Subsequent
	* calls to add() will fail.
	*/
	Zip.prototype.terminate = function() {
		for (var _i = 0, _a = this.u; _i < _a.length; _i++) _a[_i].t();
		this.d = 2;
	};
	return Zip;
}();
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
var LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
/** Versions must start at 1 and rise by one, or a database could skip a step. */
function checkMigrations(list) {
	list.forEach((m, i) => {
		if (m.version !== i + 1) throw new Error(`Migration ${i} has version ${m.version}, expected ${i + 1}.`);
	});
}
async function runMigrations(db, tx, oldVersion, newVersion, list = MIGRATIONS) {
	for (const m of list) if (m.version > oldVersion && m.version <= newVersion) await m.migrate(db, tx, oldVersion);
}
var DB_VERSION = LATEST_VERSION;
var STORE_NAMES = [
	"suppliers",
	"orders",
	"templates",
	"referencePhotos",
	"photos",
	"settings",
	"requests",
	"threads"
];
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
* The key PO numbers are compared by, here and in the store's index: `PO-2026-0412`, `po 2026 0412`,
* `PO#２０２６/0412` and `2026-0412` all become `20260412` — suppliers rewrite PO numbers freely
* (full-width digits, dropped prefixes: a supplier writes `订单号 12345` for the buyer's `PO12345`).
*/
function poKey(text) {
	return text.normalize("NFKC").toUpperCase().replace(/[^\p{L}\p{N}]/gu, "").replace(/^PO(?:NO|NUMBER)?(?=\d)/, "");
}
var EN_LABEL = String.raw`(?<![A-Za-z0-9])(?:P\s?\.\s?O\.?|P\/O|PO|purchase\s+order)(?:\s*(?:no\b\.?|nr\b\.?|number|num\b\.?|#|:|-|\.))*\s*`;
var ZH_LABEL = String.raw`(?:采购订单号|采购单号|订单编号|订单号|PO号)\s*(?:[:#]\s*)?`;
var VALUE = String.raw`((?!box\b)[A-Z]{0,4}\d[A-Z0-9]*(?:[-/_.][A-Z0-9]+)*)`;
new RegExp(`(?:${EN_LABEL}|${ZH_LABEL})${VALUE}`, "gi");
var isUnder = (domain, parent) => domain === parent || domain.endsWith(`.${parent}`);
function isWebmailDomain(domain) {
	const d = domain.toLowerCase();
	return WEBMAIL_DOMAINS.some((w) => isUnder(d, w));
}
// utils/store/stored.ts
var SETTINGS_KEY = "settings";
var unique = (xs) => [...new Set(xs)];
function toStoredOrder(order) {
	return {
		...order,
		poKeys: unique(order.poNumbers.map(poKey).filter(Boolean))
	};
}
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
/** What each placeholder becomes, for the options page's help. */
var PLACEHOLDER_HELP = {
	greeting: "“Dear Amy,” / “Amy，您好！” with the contact’s name, else “Hello,” / “您好！”",
	supplier: "The supplier’s company name",
	contact: "The supplier contact’s name (empty when unknown)",
	po: "The PO number(s) of the order",
	product: "The product of the order",
	stage: "The stage’s name, e.g. “Pre-shipment” / “出货前验货”",
	items: "The numbered list of photos to retake or send (required)",
	gate: "The line asking for the photos before the stage’s gate, with its date (empty without a gate)",
	due: "The due date of the gate (or the stage), e.g. “Sat 28 Nov 2026 (in 3 days)”",
	why: "The short line on why photos are asked for (detailed drafts only)",
	buyer: "Your name (settings)",
	company: "Your company (settings)",
	today: "Today’s date, e.g. 2026-11-25"
};
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
var text = str();
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
	en: text,
	zh: text
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
	keywords: opt(arr(text))
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
	contactName: opt(text),
	emails: arr(email, { uniqueBy: (x) => x }),
	domains: arr(supplierDomain, { uniqueBy: (x) => x }),
	replyLanguages: arr(language, { uniqueBy: (x) => x }),
	notes: opt(text),
	createdAt: timestamp,
	updatedAt: timestamp
});
var orderShape = obj({
	id,
	poNumbers: arr(str({
		nonEmpty: true,
		max: 100
	}), { min: 1 }),
	supplierId: id,
	product: text,
	quantity: opt(num({
		int: true,
		min: 0
	})),
	stages: arr(stage, { uniqueBy: byId }),
	currentStageId: text,
	status: oneOf("open", "on-hold", "shipped", "closed"),
	notes: opt(text),
	createdAt: timestamp,
	updatedAt: timestamp
});
var order = (v, path, out) => {
	const before = out.length;
	orderShape(v, path, out);
	if (out.length > before) return;
	const o = v;
	if (o.stages.length > 0 && !o.stages.some((s) => s.id === o.currentStageId)) out.push(`${path}.currentStageId: ${JSON.stringify(o.currentStageId)} is not one of the order's stages`);
};
var template = obj({
	id,
	name: localText,
	kind: stageKind,
	builtIn: bool,
	shots: arr(shot, { uniqueBy: byId }),
	gate: opt(obj({ label: localText }))
});
var referencePhoto = obj({
	id,
	name: text,
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
	pending: obj({ state: text }),
	accepted: obj({
		state: text,
		at: timestamp
	}),
	rejected: obj({
		state: text,
		at: timestamp,
		reason: text
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
	fileName: text,
	receivedAt: timestamp,
	messageId: opt(text),
	threadId: opt(text),
	sender: opt(text),
	orderId: opt(text)
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
	stageId: text,
	askedAt: timestamp,
	channel: oneOf("gmail", "outlook", "wechat"),
	messageId: opt(text),
	threadId: opt(text),
	items: arr(obj({
		shotId: opt(text),
		fileName: opt(text),
		codes: opt(arr(text)),
		text
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
		name: opt(text),
		company: opt(text),
		email: opt(text),
		signature: opt(text)
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
var validateOrder = run(order);
var validateTemplate = run(template);
var validateReferencePhoto = run(referencePhoto);
var validatePhoto = run(photo);
var validateRequest = run(request);
var validateSettings = run(settings);
var validateThread = run(thread);
function shotRefProblems(shots, path, refs) {
	const out = [];
	shots.forEach((s, i) => {
		s.referencePhotoIds.forEach((id, j) => {
			if (!refs.hasReferencePhoto(id)) out.push(`${path}[${i}].referencePhotoIds[${j}]: no reference photo with id ${JSON.stringify(id)}`);
		});
	});
	return out;
}
function orderRefProblems(order, path, refs) {
	const out = refs.hasSupplier(order.supplierId) ? [] : [`${path}.supplierId: no supplier with id ${JSON.stringify(order.supplierId)}`];
	order.stages.forEach((s, i) => {
		out.push(...shotRefProblems(s.shots, `${path}.stages[${i}].shots`, refs));
	});
	return out;
}
function templateRefProblems(template, path, refs) {
	return shotRefProblems(template.shots, `${path}.shots`, refs);
}
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
// utils/store/backup.ts
var BACKUP_FORMAT = "photo-triage-backup";
var MANIFEST = "manifest.json";
var MB = 1048576;
var BACKUP_LIMITS = {
	manifestBytes: 50 * MB,
	fileBytes: 50 * MB,
	/** Everything the zip declares, together: far above any real backup, far below a bomb. */
	totalBytes: 4096 * MB,
	/** Images barely compress; a deflated image entry expanding more than this is a bomb. */
	maxRatio: 100
};
var EXTENSIONS = {
	"image/jpeg": "jpg",
	"image/png": "png",
	"image/webp": "webp",
	"image/gif": "gif",
	"image/bmp": "bmp",
	"image/tiff": "tif",
	"image/heic": "heic",
	"image/heif": "heif",
	"image/avif": "avif"
};
/** `photo-triage-backup-2026-11-26.zip` */
var backupFileName = (date = /* @__PURE__ */ new Date()) => `photo-triage-backup-${date.toISOString().slice(0, 10)}.zip`;
async function exportBackup(store) {
	const data = await read(store, [...STORE_NAMES], async (tx) => ({
		suppliers: await tx.objectStore("suppliers").getAll(),
		orders: (await tx.objectStore("orders").getAll()).map(fromStoredOrder),
		templates: await tx.objectStore("templates").getAll(),
		referencePhotos: await tx.objectStore("referencePhotos").getAll(),
		photos: (await tx.objectStore("photos").getAll()).map(fromStoredPhoto),
		settings: await tx.objectStore("settings").get("settings") ?? null,
		requests: await tx.objectStore("requests").getAll(),
		threads: await tx.objectStore("threads").getAll()
	}));
	const files = [];
	const referencePhotos = data.referencePhotos.map(({ blob, ...meta }) => {
		const file = `reference-photos/${meta.id}.${EXTENSIONS[blob.type] ?? "bin"}`;
		files.push({
			name: file,
			blob
		});
		return {
			...meta,
			file,
			type: blob.type
		};
	});
	const photos = data.photos.map(({ thumbnail, ...record }) => {
		if (!thumbnail) return record;
		const thumbnailFile = `thumbnails/${record.sha256}.jpg`;
		files.push({
			name: thumbnailFile,
			blob: thumbnail
		});
		return {
			...record,
			thumbnailFile
		};
	});
	const manifest = {
		format: BACKUP_FORMAT,
		version: 1,
		exportedAt: now(),
		dbVersion: DB_VERSION,
		counts: countsOf(data),
		suppliers: data.suppliers,
		orders: data.orders,
		templates: data.templates,
		settings: data.settings,
		requests: data.requests,
		photos,
		referencePhotos,
		threads: data.threads
	};
	return zipFiles(new TextEncoder().encode(JSON.stringify(manifest, null, 1)), files);
}
function countsOf(d) {
	return {
		suppliers: d.suppliers.length,
		orders: d.orders.length,
		templates: d.templates.length,
		referencePhotos: d.referencePhotos.length,
		photos: d.photos.length,
		requests: d.requests.length,
		settings: d.settings ? 1 : 0,
		threads: d.threads.length
	};
}
/** Streams the zip into Blob parts, one file at a time; images stored as they are (they don't compress). */
async function zipFiles(manifest, files) {
	const parts = [];
	let failure = null;
	const zip = new Zip((err, chunk) => {
		if (err) failure = err;
		else parts.push(chunk);
	});
	const head = new ZipDeflate(MANIFEST, { level: 6 });
	zip.add(head);
	head.push(manifest, true);
	for (const { name, blob } of files) {
		const entry = new ZipPassThrough(name);
		zip.add(entry);
		entry.push(new Uint8Array(await blob.arrayBuffer()), true);
		await yieldToMain();
	}
	zip.end();
	if (failure) throw new StoreError("unavailable", `The backup could not be written (${failure.message}).`);
	return new Blob(parts, { type: "application/zip" });
}
var refuse = (message) => new StoreError("validation", `This backup cannot be imported: ${message}`);
function zipRefusal(e) {
	if (!(e instanceof ZipError)) return refuse(`it could not be read (${e?.message ?? e}).`);
	switch (e.reason) {
		case "not-zip": return refuse("the file is not a zip archive. Choose a .zip exported by Photo Triage.");
		case "corrupt": return refuse(`the file is damaged or incomplete. ${e.message} Download or copy it again.`);
		case "limit": return refuse(`it was refused for safety. ${e.message}`);
		default: return refuse(`it uses a zip feature Photo Triage cannot read. ${e.message}`);
	}
}
/** Declared sizes and ratios, checked before anything is inflated. */
function checkEntries(entries) {
	const byName = /* @__PURE__ */ new Map();
	let total = 0;
	for (const e of entries) {
		if (byName.has(e.name)) throw refuse(`“${e.name}” appears twice in the zip.`);
		byName.set(e.name, e);
		const limit = e.name === MANIFEST ? BACKUP_LIMITS.manifestBytes : BACKUP_LIMITS.fileBytes;
		if (e.size > limit) throw refuse(`“${e.name}” is ${formatBytes(e.size)}; a ${e.name === MANIFEST ? "manifest" : "file"} in a backup may be at most ${formatBytes(limit)}.`);
		if (e.name !== MANIFEST && e.method === 8 && e.size > 1048576) {
			const ratio = e.size / Math.max(e.compressedSize, 1);
			if (ratio > BACKUP_LIMITS.maxRatio) throw refuse(`“${e.name}” is compressed ${Math.round(ratio)}:1 — a zip bomb, not a photo.`);
		}
		total += e.size;
		if (total > BACKUP_LIMITS.totalBytes) throw refuse(`its files would expand to more than ${formatBytes(BACKUP_LIMITS.totalBytes)}.`);
	}
	return byName;
}
async function inflate(zip, entry) {
	try {
		return await readZipEntry(zip, entry);
	} catch (e) {
		throw zipRefusal(e);
	}
}
async function readManifest(zip, byName) {
	const entry = byName.get(MANIFEST);
	if (!entry) throw refuse("it has no manifest.json, so it is not a Photo Triage backup.");
	let json;
	try {
		json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await inflate(zip, entry)));
	} catch (e) {
		if (e instanceof StoreError) throw e;
		throw refuse(`manifest.json is not valid JSON (${e.message}).`);
	}
	if (typeof json !== "object" || json === null || Array.isArray(json)) throw refuse("manifest.json does not hold a backup description.");
	const m = json;
	if (m.format !== "photo-triage-backup") throw refuse(`it is not a Photo Triage backup (manifest.json says format ${JSON.stringify(m.format)}).`);
	if (typeof m.version !== "number" || !Number.isInteger(m.version) || m.version < 1) throw refuse(`manifest.json has no valid version (${JSON.stringify(m.version)}).`);
	if (m.version > 1) throw new StoreError("version", `This backup was made by a newer version of Photo Triage (backup format ${m.version}; this version reads up to 1). Update the extension, then import it again.`);
	return m;
}
var LISTS = [
	"suppliers",
	"orders",
	"templates",
	"referencePhotos",
	"photos",
	"requests",
	"threads"
];
/** What makes two records of a list the same record. */
var KEYS = {
	suppliers: "id",
	orders: "id",
	templates: "id",
	referencePhotos: "id",
	photos: "sha256",
	requests: "id",
	threads: "threadId"
};
/**
* Lists added after backup format 1 shipped (the format did not change: a list it lacks is empty).
* Only a missing list is read as empty; a list that is there is checked like any other.
*/
var LATER_LISTS = ["threads"];
var PLACEHOLDER_BLOB = new Blob([]);
/** A manifest entry without its file, checked as the record it will become. */
function fileRecord(key, blobKey, validator, required) {
	return (v, path) => {
		if (typeof v !== "object" || v === null || Array.isArray(v)) return validator(v, path);
		const { [key]: file, ...rest } = v;
		const out = [];
		if (file === void 0 ? required : typeof file !== "string") out.push(`${path}.${key}: expected a file path`);
		if (key === "file") {
			const { type, ...record } = rest;
			if (typeof type !== "string") out.push(`${path}.type: expected a string`);
			return [...out, ...validator({
				...record,
				[blobKey]: PLACEHOLDER_BLOB
			}, path)];
		}
		if (blobKey in rest) out.push(`${path}.${blobKey}: unexpected in a manifest (thumbnails are files)`);
		return [...out, ...validator({
			...rest,
			[blobKey]: void 0
		}, path)];
	};
}
var VALIDATORS = {
	suppliers: validateSupplier,
	orders: validateOrder,
	templates: validateTemplate,
	referencePhotos: fileRecord("file", "blob", validateReferencePhoto, true),
	photos: fileRecord("thumbnailFile", "thumbnail", validatePhoto, false),
	requests: validateRequest,
	threads: validateThread
};
/** Every record valid, every id unique, every reference resolved, the counts matching. */
function manifestProblems(m) {
	const problems = [];
	for (const list of LISTS) {
		const items = m[list] === void 0 && LATER_LISTS.includes(list) ? [] : m[list];
		if (!Array.isArray(items)) {
			problems.push(`${list}: expected a list`);
			continue;
		}
		const seen = /* @__PURE__ */ new Set();
		items.forEach((item, i) => {
			problems.push(...VALIDATORS[list](item, `${list}[${i}]`));
			const key = item?.[KEYS[list]];
			if (seen.has(key)) problems.push(`${list}[${i}]: duplicate ${JSON.stringify(key)}`);
			seen.add(key);
		});
	}
	if (m.settings !== null && m.settings !== void 0) problems.push(...validateSettings(m.settings, "settings"));
	if (problems.length) return problems;
	const d = {
		...m,
		threads: m.threads ?? []
	};
	const suppliers = new Set(d.suppliers.map((x) => x.id));
	const references = new Set(d.referencePhotos.map((x) => x.id));
	const orders = new Map(d.orders.map((o) => [o.id, o]));
	const refs = {
		hasSupplier: (id) => suppliers.has(id),
		hasReferencePhoto: (id) => references.has(id),
		order: (id) => orders.get(id)
	};
	const broken = problems.concat(d.orders.flatMap((o, i) => orderRefProblems(o, `orders[${i}]`, refs)), d.templates.flatMap((t, i) => templateRefProblems(t, `templates[${i}]`, refs)), d.photos.flatMap((p, i) => assignmentProblems(p, `photos[${i}]`, refs)), d.requests.flatMap((r, i) => assignmentProblems(r, `requests[${i}]`, refs)), d.threads.flatMap((t, i) => threadRefProblems(t, `threads[${i}]`, refs)));
	const counts = countsOf(d);
	const declared = m.counts ?? {};
	for (const [key, actual] of Object.entries(counts)) {
		if (LATER_LISTS.includes(key) && declared[key] === void 0 && actual === 0) continue;
		if (declared[key] !== actual) broken.push(`counts.${key}: says ${JSON.stringify(declared[key])} but the manifest holds ${actual}`);
	}
	return broken;
}
/** Everything import checks, without touching the database. Throws StoreError. */
async function readBackup(file) {
	const zip = new Uint8Array(await file.arrayBuffer());
	let entries;
	try {
		entries = listZip(zip, {
			maxEntries: 65534,
			maxEntryBytes: Number.MAX_SAFE_INTEGER,
			maxTotalBytes: Number.MAX_SAFE_INTEGER,
			maxRatio: Number.MAX_SAFE_INTEGER,
			maxDepth: 0
		});
	} catch (e) {
		throw zipRefusal(e);
	}
	const byName = checkEntries(entries);
	const m = await readManifest(zip, byName);
	const problems = manifestProblems(m);
	if (problems.length) throw validationError("This backup cannot be imported", problems);
	const manifest = m;
	manifest.threads ??= [];
	manifest.counts = {
		...manifest.counts,
		threads: manifest.threads.length
	};
	const missing = [...manifest.referencePhotos.map((r) => r.file), ...manifest.photos.flatMap((p) => p.thumbnailFile ? [p.thumbnailFile] : [])].filter((name) => !byName.has(name));
	if (missing.length) throw validationError("This backup cannot be imported", missing.map((name) => `${name}: listed in manifest.json but missing from the zip`));
	const blob = async (name, type) => new Blob([await inflate(zip, byName.get(name))], { type });
	const referencePhotos = [];
	for (const { file: name, type, ...meta } of manifest.referencePhotos) referencePhotos.push({
		...meta,
		blob: await blob(name, type)
	});
	const photos = [];
	for (const { thumbnailFile, ...record } of manifest.photos) photos.push(thumbnailFile ? {
		...record,
		thumbnail: await blob(thumbnailFile, "image/jpeg")
	} : record);
	return {
		manifest,
		referencePhotos,
		photos
	};
}
/**
* Replace everything with the backup's contents, all or nothing. Any problem with the file is a
* StoreError ('validation', or 'version' for a newer backup) and the database is left as it was.
*/
async function importBackup(store, file, _options = { mode: "replace" }) {
	const { manifest: m, referencePhotos, photos } = await readBackup(file);
	await write(store, [...STORE_NAMES], async (tx) => {
		await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
		await Promise.all([
			...m.suppliers.map((r) => tx.objectStore("suppliers").put(r)),
			...m.orders.map((r) => tx.objectStore("orders").put(toStoredOrder(r))),
			...m.templates.map((r) => tx.objectStore("templates").put(r)),
			...referencePhotos.map((r) => tx.objectStore("referencePhotos").put(r)),
			...photos.map((r) => tx.objectStore("photos").put(toStoredPhoto(r))),
			...m.requests.map((r) => tx.objectStore("requests").put(r)),
			...m.threads.map((r) => tx.objectStore("threads").put(r)),
			...m.settings ? [tx.objectStore("settings").put(m.settings, SETTINGS_KEY)] : []
		]);
	});
	return m.counts;
}
// utils/store/orders.ts
var referenceIds = (shots) => shots.flatMap((s) => s.referencePhotoIds);
async function checkAndPut$2(tx, order) {
	assertValid(validateOrder, order, "order", "Order not saved");
	const supplier = await tx.objectStore("suppliers").getKey(order.supplierId);
	const present = /* @__PURE__ */ new Set();
	for (const id of new Set(order.stages.flatMap((s) => referenceIds(s.shots)))) if (await tx.objectStore("referencePhotos").getKey(id) !== void 0) present.add(id);
	const problems = orderRefProblems(order, "order", {
		hasSupplier: () => supplier !== void 0,
		hasReferencePhoto: (id) => present.has(id),
		order: () => void 0
	});
	if (problems.length) throw validationError("Order not saved", problems);
	await tx.objectStore("orders").put(toStoredOrder(order));
	return order;
}
function addOrder(store, draft) {
	const at = now();
	const order = {
		...draft,
		id: newId(),
		status: draft.status ?? "open",
		currentStageId: draft.currentStageId ?? (Array.isArray(draft.stages) ? draft.stages[0]?.id : "") ?? "",
		createdAt: at,
		updatedAt: at
	};
	return write(store, [
		"orders",
		"suppliers",
		"referencePhotos"
	], (tx) => checkAndPut$2(tx, order));
}
function updateOrder(store, id, patch) {
	return write(store, [
		"orders",
		"suppliers",
		"referencePhotos"
	], async (tx) => {
		const old = await tx.objectStore("orders").get(id);
		if (!old) throw notFound("Order", id);
		return checkAndPut$2(tx, {
			...fromStoredOrder(old),
			...patch,
			id,
			createdAt: old.createdAt,
			updatedAt: now()
		});
	});
}
var newestFirst = (a, b) => b.updatedAt.localeCompare(a.updatedAt);
async function listOrders(store, filter = {}) {
	return (await read(store, ["orders"], (tx) => {
		const orders = tx.objectStore("orders");
		if (filter.supplierId !== void 0) return orders.index("supplierId").getAll(filter.supplierId);
		if (filter.status !== void 0) return orders.index("status").getAll(filter.status);
		return orders.getAll();
	})).filter((o) => filter.status === void 0 || o.status === filter.status).map(fromStoredOrder).sort(newestFirst);
}
/**
* Deletes the order, its request log and the threads remembered for it; its photos stay (they prove
* reuse later) but lose their assignment. One transaction, so nothing ever points at a deleted order.
*/
function deleteOrder(store, id) {
	return write(store, [
		"orders",
		"photos",
		"requests",
		"threads"
	], async (tx) => {
		const existed = await tx.objectStore("orders").getKey(id) !== void 0;
		await tx.objectStore("orders").delete(id);
		const requests = tx.objectStore("requests");
		for (const key of await requests.index("orderId").getAllKeys(id)) await requests.delete(key);
		const threads = tx.objectStore("threads");
		for (const key of await threads.index("orderId").getAllKeys(id)) await threads.delete(key);
		const photos = tx.objectStore("photos");
		const at = now();
		for (const photo of await photos.index("orderId").getAll(id)) {
			const { orderId: _o, stageId: _s, shotId: _h, ...rest } = photo;
			await photos.put({
				...rest,
				updatedAt: at
			});
		}
		return existed;
	});
}
// utils/store/photos.ts
var compact = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
var time = (t) => Date.parse(t);
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
	return [...old, ...fresh].sort((a, b) => time(a.receivedAt) - time(b.receivedAt));
}
/** The newer analysis wins, unless only the older one got as far as the pixels (e.g. measured in a page). */
function pickReport(old, next) {
	return old.pixels?.ok && !next.pixels?.ok ? old : next;
}
function merge(old, input, at) {
	const assignment = input.orderId !== void 0 || input.stageId !== void 0 || input.shotId !== void 0 ? input : old;
	const createdAt = input.createdAt && time(input.createdAt) < time(old.createdAt) ? input.createdAt : old.createdAt;
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
/** Every photo record (reuse checks, the orders list's counts). Thumbnails are Blob handles, not bytes. */
async function listPhotos(store) {
	return (await read(store, ["photos"], (tx) => tx.objectStore("photos").getAll())).map(fromStoredPhoto);
}
// utils/store/references.ts
async function addReferencePhoto(store, draft) {
	const photo = {
		...draft,
		id: newId(),
		addedAt: now()
	};
	assertValid(validateReferencePhoto, photo, "referencePhoto", "Reference photo not saved");
	return write(store, ["referencePhotos"], async (tx) => {
		await tx.objectStore("referencePhotos").put(photo);
		return photo;
	});
}
var listReferencePhotos = (store) => read(store, ["referencePhotos"], (tx) => tx.objectStore("referencePhotos").getAll());
var without = (shots, id) => shots.some((s) => s.referencePhotoIds.includes(id)) ? shots.map((s) => ({
	...s,
	referencePhotoIds: s.referencePhotoIds.filter((r) => r !== id)
})) : void 0;
/** Also removes the photo from every shot that shows it, in the same transaction. */
function deleteReferencePhoto(store, id) {
	return write(store, [
		"referencePhotos",
		"orders",
		"templates"
	], async (tx) => {
		const existed = await tx.objectStore("referencePhotos").getKey(id) !== void 0;
		await tx.objectStore("referencePhotos").delete(id);
		for (const order of await tx.objectStore("orders").getAll()) {
			const stages = order.stages.map((s) => ({
				...s,
				shots: without(s.shots, id) ?? s.shots
			}));
			if (stages.some((s, i) => s.shots !== order.stages[i].shots)) await tx.objectStore("orders").put({
				...order,
				stages,
				updatedAt: now()
			});
		}
		for (const template of await tx.objectStore("templates").getAll()) {
			const shots = without(template.shots, id);
			if (shots) await tx.objectStore("templates").put({
				...template,
				shots
			});
		}
		return existed;
	});
}
// utils/store/requests.ts
var oldestFirst = (a, b) => Date.parse(a.askedAt) - Date.parse(b.askedAt);
/** Requests the supplier has not answered yet, oldest first; for one order or all. */
async function openRequests(store, orderId) {
	return (await read(store, ["requests"], (tx) => {
		const requests = tx.objectStore("requests");
		return orderId === void 0 ? requests.getAll() : requests.index("orderId").getAll(orderId);
	})).filter((r) => r.answeredAt === void 0).sort(oldestFirst);
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
async function checkAndPut$1(tx, supplier, what) {
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
	return write(store, ["suppliers"], (tx) => checkAndPut$1(tx, supplier, "Supplier not saved"));
}
function updateSupplier(store, id, patch) {
	return write(store, ["suppliers"], async (tx) => {
		const old = await tx.objectStore("suppliers").get(id);
		if (!old) throw notFound("Supplier", id);
		return checkAndPut$1(tx, normalize({
			...old,
			...patch,
			id,
			createdAt: old.createdAt,
			updatedAt: now()
		}), "Supplier not saved");
	});
}
async function listSuppliers(store) {
	return (await read(store, ["suppliers"], (tx) => tx.objectStore("suppliers").getAll())).sort((a, b) => a.company.localeCompare(b.company));
}
/** Refused while orders still point at the supplier: they would lose their supplier. */
function deleteSupplier(store, id) {
	return write(store, ["suppliers", "orders"], async (tx) => {
		const orders = await tx.objectStore("orders").index("supplierId").count(id);
		if (orders > 0) throw new StoreError("conflict", `This supplier still has ${orders} order${orders > 1 ? "s" : ""}. Delete or reassign them first.`);
		const existed = await tx.objectStore("suppliers").getKey(id) !== void 0;
		await tx.objectStore("suppliers").delete(id);
		return existed;
	});
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
function applyPatch(stored, patch) {
	const next = withoutUndefined({
		...stored,
		...patch
	});
	for (const key of [
		"thresholds",
		"buyer",
		"replyTemplates"
	]) {
		if (!(key in patch)) continue;
		const part = patch[key] === void 0 ? {} : withoutUndefined({
			...stored[key],
			...patch[key]
		});
		if (Object.keys(part).length) next[key] = part;
		else delete next[key];
	}
	return next;
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
var updateSettings = (store, patch) => change(store, (s) => applyPatch(s, patch));
var removeIgnoredSender = (store, email) => change(store, (s) => ({
	...s,
	ignoredSenders: (s.ignoredSenders ?? []).filter((e) => e !== normalizeAddress(email))
}));
// utils/store/templates.ts
async function checkAndPut(tx, template) {
	assertValid(validateTemplate, template, "template", "Template not saved");
	const present = /* @__PURE__ */ new Set();
	for (const id of new Set(template.shots.flatMap((s) => s.referencePhotoIds))) if (await tx.objectStore("referencePhotos").getKey(id) !== void 0) present.add(id);
	const problems = templateRefProblems(template, "template", {
		hasSupplier: () => false,
		hasReferencePhoto: (id) => present.has(id),
		order: () => void 0
	});
	if (problems.length) throw validationError("Template not saved", problems);
	await tx.objectStore("templates").put(template);
	return template;
}
function addTemplate(store, draft) {
	const template = {
		...draft,
		id: newId(),
		builtIn: false
	};
	return write(store, ["templates", "referencePhotos"], (tx) => checkAndPut(tx, template));
}
function updateTemplate(store, id, patch) {
	return write(store, ["templates", "referencePhotos"], async (tx) => {
		const old = await tx.objectStore("templates").get(id);
		if (!old) throw notFound("Template", id);
		return checkAndPut(tx, {
			...old,
			...patch,
			id,
			builtIn: false
		});
	});
}
var listTemplates = (store) => read(store, ["templates"], (tx) => tx.objectStore("templates").getAll());
function deleteTemplate(store, id) {
	return write(store, ["templates"], async (tx) => {
		const existed = await tx.objectStore("templates").getKey(id) !== void 0;
		await tx.objectStore("templates").delete(id);
		return existed;
	});
}
// components/checklist/checklist-text.ts
var SHOT_STATUS_LABEL = {
	missing: "Missing",
	pending: "To review",
	poor: "Poor — retake",
	accepted: "Accepted",
	rejected: "Rejected — retake"
};
var SHOT_STATUS_MARK = {
	missing: "○",
	pending: "•",
	poor: "✗",
	accepted: "✓",
	rejected: "✗"
};
/** Templates name the action ("cutting fabric", "裁布"); the gate is the moment before it. */
function gateLabel(label) {
	return {
		en: `Before ${label.en}`,
		zh: label.zh ? `${label.zh}前` : ""
	};
}
function gateLineParts(stage, gate) {
	const open = gate.blockers.length;
	return {
		label: stage.gate ? gateLabel(stage.gate.label) : void 0,
		due: gate.dueDate ? `due ${gate.dueDate}` : "no due date",
		days: gate.daysToDue !== void 0 && !gate.canProceed ? daysLeftText(gate.daysToDue) : void 0,
		overdue: gate.overdue,
		state: gate.canProceed ? "All required shots accepted" : `${open} required shot${open === 1 ? "" : "s"} not accepted yet`,
		canProceed: gate.canProceed
	};
}
/** "5 of 8 required accepted · 1 to review · 2 poor · 3 missing" (zero counts left out). */
function countsText(c) {
	const parts = [`${c.requiredAccepted} of ${c.required} required accepted`];
	if (c.pending) parts.push(`${c.pending} to review`);
	if (c.poor) parts.push(`${c.poor} poor`);
	if (c.rejected) parts.push(`${c.rejected} rejected`);
	if (c.missing) parts.push(`${c.missing} missing`);
	return parts.join(" · ");
}
export { interpolateLocal as $, backupFileName as A, validateTemplate$1 as B, savePhoto as C, C$1 as Ct, deleteOrder as D, k$1 as Dt, addOrder as E, S as Et, DEFAULT_TEMPLATES as F, ITEM_PHRASES as G, FINDING_PHRASES as H, PLACEHOLDERS as I, REQUESTS as J, MESSAGE_PHRASES as K, PLACEHOLDER_HELP as L, importBackup as M, readBackup as N, listOrders as O, l$1 as Ot, DEFAULT_THRESHOLDS as P, interpolate as Q, fillTemplate as R, listPhotos as S, q as St, setPhotoStatus as T, R as Tt, GATE_PHRASES as U, DUE_PHRASES as V, GENERAL_REQUESTS as W, REUSED_PROBLEM as X, REQUEST_ORDER as Y, WEEKDAYS as Z, updateSupplier as _, A as _t, gateLineParts as a, buildChecklist as at, deleteReferencePhoto as b, g as bt, listTemplates as c, explainError as ct, getSettings as d, daysLeftText as dt, interpolateText as et, removeIgnoredSender as f, todayLocal as ft, listSuppliers as g, formatTakenAt as gt, deleteSupplier as h, formatDimensions as ht, gateLabel as i, createNearIndex as it, exportBackup as j, updateOrder as k, t$1 as kt, updateTemplate as l, StoreError as lt, addSupplier as m, formatBytes as mt, SHOT_STATUS_MARK as n, openStore as nt, addTemplate as o, computePixelMetrics as ot, updateSettings as p, u as pt, MONTHS_EN as q, countsText as r, LIMITS as rt, deleteTemplate as s, hammingDistance as st, SHOT_STATUS_LABEL as t, localOf as tt, DEFAULT_SETTINGS as u, agoText as ut, openRequests as v, T as vt, setPhotoAssignment as w, F as wt, listReferencePhotos as x, h as xt, addReferencePhoto as y, d as yt, tokenizeTemplate as z };
