import { C as savePhoto, Ct as C, Dt as k, Et as S, O as listOrders, Ot as l, S as listPhotos, St as q$1, T as setPhotoStatus, Tt as R, _t as A$1, at as buildChecklist, ct as explainError, d as getSettings, ft as todayLocal, g as listSuppliers, ht as formatDimensions, it as createNearIndex, mt as formatBytes, nt as openStore, pt as u, u as DEFAULT_SETTINGS, w as setPhotoAssignment, wt as F, x as listReferencePhotos, xt as h, yt as d } from "./theme-Bgg-dlZg.js";
import { _ as useSignal, a as findBatchDuplicates, c as suggestShots, d as RejectForm, f as VERDICT_LABEL, g as useComputed, h as describeFinding, i as ChecklistView, l as createBlobUrls, n as FindingList, o as verdictOf, p as VERDICT_MARK, r as PhotoFactList, u as ShotSelect, v as O$1, y } from "./photo-CO_DlEDl.js";
// components/check/order-state.ts
var orders = y([]);
var suppliers = y(/* @__PURE__ */ new Map());
var settings = y(DEFAULT_SETTINGS);
var references = y(/* @__PURE__ */ new Map());
/** Every photo in the store by sha256, loaded when an order is first picked. */
var storePhotos = y(/* @__PURE__ */ new Map());
var picked = y(null);
/** sha256 of photos being saved, so their controls wait. */
var saving = y(/* @__PURE__ */ new Set());
/** The last failed write or load, shown in the page's alert region. */
var orderError = y(null);
var ordersReady = y(false);
var pickedOrder = O$1(() => orders.value.find((o) => o.id === picked.value?.orderId));
var pickedStage = O$1(() => pickedOrder.value?.stages.find((s) => s.id === picked.value?.stageId));
/** The picked stage's photos in the store. */
var stagePhotos = O$1(() => {
	const p = picked.value;
	if (!p) return /* @__PURE__ */ new Map();
	const out = /* @__PURE__ */ new Map();
	for (const [sha, r] of storePhotos.value) if (r.orderId === p.orderId && r.stageId === p.stageId) out.set(sha, r);
	return out;
});
var nearIndex = O$1(() => createNearIndex([...storePhotos.value.values()], settings.value.thresholds.nearDuplicateBits));
var checklist = O$1(() => {
	const order = pickedOrder.value;
	const stage = pickedStage.value;
	if (!order || !stage) return null;
	const photos = [...stagePhotos.value.values()];
	return buildChecklist({
		order,
		stage,
		photos,
		history: nearIndex.value.nearAll(photos),
		thresholds: settings.value.thresholds,
		today: todayLocal(),
		orders: orders.value
	});
});
var blobUrls = createBlobUrls();
var recordUrl = (p) => blobUrls.url(p.thumbnail);
var referenceUrl = (id) => blobUrls.url(references.value.get(id)?.blob);
var store;
var photosLoaded = false;
function fail(e) {
	orderError.value = explainError(e);
}
async function getStore() {
	if (!store || store.closed) store = await openStore();
	return store;
}
var byStatus = (o) => o.status === "open" ? 0 : o.status === "on-hold" ? 1 : 2;
/** Orders and what the checklist needs; then the order and stage from `?order=…&stage=…`, if any. */
async function loadOrders(search = location.search) {
	if (await refreshOrders()) {
		const params = new URLSearchParams(search);
		const orderId = params.get("order");
		if (orderId) await pick(orderId, params.get("stage") ?? void 0);
	}
}
/**
* Read orders, settings, references (and photos, once an order was picked) again, keeping the pick:
* the options page or the mail panel may have changed them in another tab.
*/
async function refreshOrders() {
	try {
		const s = await getStore();
		const [ord, sup, set, refs] = await Promise.all([
			listOrders(s),
			listSuppliers(s),
			getSettings(s),
			listReferencePhotos(s)
		]);
		orders.value = [...ord].sort((a, b) => byStatus(a) - byStatus(b));
		suppliers.value = new Map(sup.map((x) => [x.id, x]));
		settings.value = set;
		references.value = new Map(refs.map((r) => [r.id, r]));
		if (photosLoaded) {
			const all = await listPhotos(s);
			storePhotos.value = new Map(all.map((p) => [p.sha256, p]));
		}
		const p = picked.value;
		const order = p && orders.value.find((o) => o.id === p.orderId);
		if (p && !order?.stages.some((st) => st.id === p.stageId)) picked.value = null;
		ordersReady.value = true;
		return true;
	} catch (e) {
		fail(e);
		return false;
	}
}
/** Pick an order (its current stage unless one is named), or none with an empty id. */
async function pick(orderId, stageId) {
	const order = orders.value.find((o) => o.id === orderId);
	if (!order) {
		picked.value = null;
		return;
	}
	const stage = order.stages.find((s) => s.id === stageId) ?? order.stages.find((s) => s.id === order.currentStageId) ?? order.stages[0];
	if (!photosLoaded) try {
		const all = await listPhotos(await getStore());
		storePhotos.value = new Map(all.map((p) => [p.sha256, p]));
		photosLoaded = true;
	} catch (e) {
		fail(e);
		return;
	}
	picked.value = stage ? {
		orderId: order.id,
		stageId: stage.id
	} : null;
}
function put(record) {
	const next = new Map(storePhotos.value);
	next.set(record.sha256, record);
	storePhotos.value = next;
}
async function write(sha256, fn) {
	saving.value = /* @__PURE__ */ new Set([...saving.value, sha256]);
	try {
		put(await fn(await getStore()));
		orderError.value = null;
	} catch (e) {
		fail(e);
	} finally {
		const next = new Set(saving.value);
		next.delete(sha256);
		saving.value = next;
	}
}
/** The last path segment: a zip or folder name says nothing about the shot. */
var baseName = (name) => name.split("/").pop() ?? name;
var suggestionCache = /* @__PURE__ */ new WeakMap();
function suggestionsFor(view) {
	const stage = pickedStage.value;
	if (!stage) return [];
	const cache = suggestionCache.get(stage) ?? /* @__PURE__ */ new Map();
	suggestionCache.set(stage, cache);
	const ids = cache.get(view.name) ?? suggestShots(baseName(view.name), stage.shots).map((s) => s.shotId);
	cache.set(view.name, ids);
	return ids;
}
/** Whether a checked photo can be saved: it was read whole (its SHA-256 is its identity). */
var canAssign = (view) => Boolean(view.report?.sha256) && view.verdict !== "pending" && !view.report?.error;
/**
* Assign a checked photo to a shot of the picked stage (saved as a photo record), or take it out of the
* stage with an empty shot id.
*/
async function assignView(view, shotId) {
	const p = picked.value;
	const sha256 = view.report?.sha256;
	if (!p || !sha256 || !view.report || !canAssign(view)) return;
	const existing = storePhotos.value.get(sha256);
	if (!shotId) {
		if (existing?.orderId === p.orderId && existing.stageId === p.stageId) await write(sha256, (s) => setPhotoAssignment(s, sha256, null));
		return;
	}
	const origin = existing?.origins.find((o) => o.source === "dropped" && o.fileName === view.name && o.orderId === p.orderId) ?? {
		source: "dropped",
		fileName: view.name,
		receivedAt: view.addedAt ?? (/* @__PURE__ */ new Date()).toISOString(),
		orderId: p.orderId
	};
	const metrics = view.report.pixels?.ok ? view.report.pixels.metrics : void 0;
	const moved = existing?.shotId !== void 0 && existing.shotId !== shotId;
	await write(sha256, (s) => savePhoto(s, {
		sha256,
		...metrics ? { dHash: metrics.dHash } : {},
		report: view.report,
		origins: [origin],
		orderId: p.orderId,
		stageId: p.stageId,
		shotId,
		...view.thumbnailBlob ? { thumbnail: view.thumbnailBlob } : {},
		...moved ? { status: { state: "pending" } } : {}
	}));
}
async function assignRecord(record, shotId) {
	const p = picked.value;
	if (!p) return;
	await write(record.sha256, (s) => setPhotoAssignment(s, record.sha256, {
		...p,
		shotId
	}));
}
async function decide(sha256, status) {
	await write(sha256, (s) => setPhotoStatus(s, sha256, status));
}
/** The record of a checked photo in the picked stage, if it was assigned there. */
function recordOf(view) {
	const sha = view.report?.sha256;
	return sha ? stagePhotos.value.get(sha) : void 0;
}
/** Assign every unassigned photo whose name suggests a shot to its best suggestion. */
async function assignSuggested(views) {
	let n = 0;
	for (const v of views) {
		if (!canAssign(v) || recordOf(v)?.shotId) continue;
		const best = suggestionsFor(v)[0];
		if (!best) continue;
		await assignView(v, best);
		n++;
	}
	return n;
}
// components/check/CardAssign.tsx
function cardAssignKey(m) {
	const reason = m.status?.state === "rejected" ? m.status.reason : "";
	return [
		m.stageId,
		m.shotId,
		m.status?.state ?? "",
		reason,
		m.saving,
		m.blocked ?? "",
		m.suggested.join(",")
	].join("|");
}
/** A card's shot select (suggested shots first) and, once assigned, accept and reject. */
function CardAssign({ model }) {
	const [rejecting, setRejecting] = d(false);
	const { view, shotId, status, saving, blocked } = model;
	const sha = view.report?.sha256;
	const top = model.shots.find((s) => s.id === model.suggested[0]);
	return /* @__PURE__ */ u("div", {
		class: "card-assign cl-root",
		children: [/* @__PURE__ */ u(ShotSelect, {
			shots: model.shots,
			suggested: model.suggested,
			value: shotId,
			label: `Shot for ${view.name}`,
			placeholder: blocked ?? (top && !shotId ? `Not assigned (looks like ${top.label.en})` : "Not assigned"),
			disabled: Boolean(blocked) || saving,
			onChange: (id) => void assignView(view, id),
			testId: "shot-select"
		}), shotId && sha && status && /* @__PURE__ */ u("div", {
			class: "card-decision",
			children: [
				status.state === "accepted" && /* @__PURE__ */ u("span", {
					class: "cl-decision cl-accepted",
					children: "✓ Accepted"
				}),
				status.state === "rejected" && /* @__PURE__ */ u("span", {
					class: "cl-decision cl-rejected",
					title: status.reason,
					children: ["✗ ", status.reason]
				}),
				rejecting ? /* @__PURE__ */ u(RejectForm, {
					subject: view.name,
					onReject: (reason) => {
						setRejecting(false);
						decide(sha, {
							state: "rejected",
							reason
						});
					},
					onCancel: () => setRejecting(false)
				}) : /* @__PURE__ */ u("span", {
					class: "cl-actions",
					children: [
						status.state !== "accepted" && /* @__PURE__ */ u("button", {
							type: "button",
							class: "cl-btn cl-btn-ok",
							disabled: saving,
							onClick: () => void decide(sha, { state: "accepted" }),
							"aria-label": `Accept ${view.name}`,
							children: "Accept"
						}),
						status.state !== "rejected" && /* @__PURE__ */ u("button", {
							type: "button",
							class: "cl-btn",
							disabled: saving,
							onClick: () => setRejecting(true),
							"aria-label": `Reject ${view.name}`,
							children: "Reject"
						}),
						status.state !== "pending" && /* @__PURE__ */ u("button", {
							type: "button",
							class: "cl-btn cl-btn-quiet",
							disabled: saving,
							onClick: () => void decide(sha, { state: "pending" }),
							"aria-label": `Undo the decision on ${view.name}`,
							children: "Undo"
						})
					]
				})
			]
		})]
	});
}
// components/check/ChecklistPanel.tsx
/** The picked stage's shot list, filling up as photos are assigned and accepted. */
function ChecklistPanel() {
	const list = checklist.value;
	const stage = pickedStage.value;
	const order = pickedOrder.value;
	if (!list || !stage || !order) return null;
	return /* @__PURE__ */ u("aside", {
		class: "checklist-panel",
		"aria-labelledby": "checklist-title",
		"data-testid": "checklist-panel",
		children: [/* @__PURE__ */ u("header", {
			class: "checklist-head",
			children: [/* @__PURE__ */ u("h2", {
				id: "checklist-title",
				children: [
					stage.name.en,
					" ",
					/* @__PURE__ */ u("span", {
						class: "muted",
						children: stage.name.zh
					})
				]
			}), /* @__PURE__ */ u("p", {
				class: "muted",
				children: [
					order.poNumbers.join(", "),
					" · ",
					suppliers.value.get(order.supplierId)?.company ?? ""
				]
			})]
		}), /* @__PURE__ */ u(ChecklistView, {
			checklist: list,
			stage,
			compact: true,
			photoUrl: recordUrl,
			referenceUrl,
			onAccept: (p) => decide(p.sha256, { state: "accepted" }),
			onReject: (p, reason) => decide(p.sha256, {
				state: "rejected",
				reason
			}),
			onUndo: (p) => decide(p.sha256, { state: "pending" }),
			onAssign: (p, shotId) => assignRecord(p, shotId)
		})]
	});
}
// components/check/OrderBar.tsx
var orderText = (o, supplier) => [
	o.poNumbers.join(", "),
	supplier,
	o.product
].filter(Boolean).join(" · ");
/** Which order and stage this batch is for: then each card can be assigned to one of its shots. */
function OrderBar({ views }) {
	const assigning = useSignal(false);
	if (!ordersReady.value) return null;
	if (orders.value.length === 0) return /* @__PURE__ */ u("p", {
		class: "order-bar order-bar-empty",
		children: [
			"To check photos against an order’s shot list, ",
			/* @__PURE__ */ u("a", {
				href: "options.html#/orders/new",
				children: "add an order"
			}),
			" ",
			"first."
		]
	});
	const order = pickedOrder.value;
	const open = orders.value.filter((o) => o.status === "open" || o.status === "on-hold");
	const done = orders.value.filter((o) => o.status === "shipped" || o.status === "closed");
	const suggestable = order ? views.filter((v) => canAssign(v) && !recordOf(v)?.shotId && suggestionsFor(v).length > 0).length : 0;
	const option = (o) => /* @__PURE__ */ u("option", {
		value: o.id,
		children: orderText(o, suppliers.value.get(o.supplierId)?.company)
	}, o.id);
	return /* @__PURE__ */ u("section", {
		class: "order-bar",
		"aria-label": "Order and stage",
		children: [
			/* @__PURE__ */ u("label", {
				class: "order-field",
				children: [/* @__PURE__ */ u("span", { children: "Order" }), /* @__PURE__ */ u("select", {
					value: order?.id ?? "",
					onChange: (e) => void pick(e.currentTarget.value),
					"data-testid": "order-select",
					children: [
						/* @__PURE__ */ u("option", {
							value: "",
							children: "No order — just check the photos"
						}),
						open.length > 0 && /* @__PURE__ */ u("optgroup", {
							label: "Open and on hold",
							children: open.map(option)
						}),
						done.length > 0 && /* @__PURE__ */ u("optgroup", {
							label: "Shipped and closed",
							children: done.map(option)
						})
					]
				})]
			}),
			order && /* @__PURE__ */ u("label", {
				class: "order-field",
				children: [/* @__PURE__ */ u("span", { children: "Stage" }), /* @__PURE__ */ u("select", {
					value: picked.value?.stageId ?? "",
					onChange: (e) => void pick(order.id, e.currentTarget.value),
					"data-testid": "stage-select",
					children: order.stages.map((s) => /* @__PURE__ */ u("option", {
						value: s.id,
						children: [
							s.name.en,
							" · ",
							s.name.zh,
							s.id === order.currentStageId ? " (current)" : ""
						]
					}, s.id))
				})]
			}),
			order && suggestable > 0 && /* @__PURE__ */ u("button", {
				type: "button",
				class: "button",
				disabled: assigning.value,
				onClick: async () => {
					assigning.value = true;
					await assignSuggested(views);
					assigning.value = false;
				},
				"data-testid": "assign-suggested",
				children: [
					"Assign ",
					suggestable,
					" by file name"
				]
			}),
			order && /* @__PURE__ */ u("a", {
				class: "order-link",
				href: `options.html#/orders/${encodeURIComponent(order.id)}`,
				target: "_blank",
				rel: "noopener",
				children: "Open order ↗"
			})
		]
	});
}
// node_modules/preact/compat/dist/compat.module.js
function g(n, t) {
	for (var e in t) n[e] = t[e];
	return n;
}
function E(n, t) {
	for (var e in n) if ("__source" !== e && !(e in t)) return !0;
	for (var r in t) if ("__source" !== r && n[r] !== t[r]) return !0;
	return !1;
}
function M(n, t) {
	this.props = n, this.context = t;
}
function N(n, e) {
	function r(n) {
		var t = this.props.ref;
		return t != n.ref && t && ("function" == typeof t ? t(null) : t.current = null), e ? !e(this.props, n) || t != n.ref : E(this.props, n);
	}
	function u(e) {
		return this.shouldComponentUpdate = r, k(n, e);
	}
	return u.displayName = "Memo(" + (n.displayName || n.name) + ")", u.__f = u.prototype.isReactComponent = !0, u.type = n, u;
}
(M.prototype = new C()).isPureReactComponent = !0, M.prototype.shouldComponentUpdate = function(n, t) {
	return E(this.props, n) || E(this.state, t);
};
var T = l.__b;
l.__b = function(n) {
	n.type && n.type.__f && n.ref && (n.props.ref = n.ref, n.ref = null), T && T(n);
};
"undefined" != typeof Symbol && Symbol.for;
var O = l.__e;
l.__e = function(n, t, e, r) {
	if (n.then) {
		for (var u, o = t; o = o.__;) if ((u = o.__c) && u.__c) return t.__e ?? (t.__e = e.__e, t.__k = e.__k || []), u.__c(n, t);
	}
	O(n, t, e, r);
};
var U = l.unmount;
function V(n, t, e) {
	return n && (n.__c && n.__c.__H && (n.__c.__H.__.forEach(function(n) {
		"function" == typeof n.__c && n.__c();
	}), n.__c.__H = null), null != (n = g({}, n)).__c && (n.__c.__P === e && (n.__c.__P = t), n.__c.__e = !0, n.__c = null), n.__k = n.__k && n.__k.map(function(n) {
		return V(n, t, e);
	})), n;
}
function W(n, t, e) {
	return n && e && (n.__v = null, n.__k = n.__k && n.__k.map(function(n) {
		return W(n, t, e);
	}), n.__c && n.__c.__P === t && (n.__e && e.appendChild(n.__e), n.__c.__e = !0, n.__c.__P = e)), n;
}
function P() {
	this.__u = 0, this.o = null, this.__b = null;
}
function j(n) {
	var t = n.__ && n.__.__c;
	return t && t.__a && t.__a(n);
}
function B() {
	this.i = null, this.l = null;
}
l.unmount = function(n) {
	var t = n.__c;
	t && (t.__z = !0), t && t.__R && t.__R(), t && 32 & n.__u && (n.type = null), U && U(n);
}, (P.prototype = new C()).__c = function(n, t) {
	var e = t.__c, r = this;
	r.o ??= [], r.o.push(e);
	var u = j(r.__v), o = !1, i = function() {
		o || r.__z || (o = !0, e.__R = null, u ? u(f) : f());
	};
	e.__R = i;
	var l = e.__P;
	e.__P = null;
	var f = function() {
		if (!--r.__u) {
			if (r.state.__a) {
				var n = r.state.__a;
				r.__v.__k[0] = W(n, n.__c.__P, n.__c.__O);
			}
			var t;
			for (r.setState({ __a: r.__b = null }); t = r.o.pop();) t.__P = l, t.forceUpdate();
		}
	};
	r.__u++ || 32 & t.__u || r.setState({ __a: r.__b = r.__v.__k[0] }), n.then(i, i);
}, P.prototype.componentWillUnmount = function() {
	this.o = [];
}, P.prototype.render = function(n, e) {
	if (this.__b) {
		if (this.__v.__k) {
			var r = document.createElement("div"), o = this.__v.__k[0].__c;
			this.__v.__k[0] = V(this.__b, r, o.__O = o.__P);
		}
		this.__b = null;
	}
	var i = e.__a && k(S, null, n.fallback);
	return i && (i.__u &= -33), [k(S, null, e.__a ? null : n.children), i];
};
var H = function(n, t, e) {
	if (++e[1] === e[0] && n.l.delete(t), n.props.revealOrder && ("t" !== n.props.revealOrder[0] || !n.l.size)) for (e = n.i; e;) {
		for (; e.length > 3;) e.pop()();
		if (e[1] < e[0]) break;
		n.i = e = e[2];
	}
};
(B.prototype = new C()).__a = function(n) {
	var t = this, e = j(t.__v), r = t.l.get(n);
	return r[0]++, function(u) {
		var o = function() {
			t.props.revealOrder ? (r.push(u), H(t, n, r)) : u();
		};
		e ? e(o) : o();
	};
}, B.prototype.render = function(n) {
	this.i = null, this.l = /* @__PURE__ */ new Map();
	var t = F(n.children);
	n.revealOrder && "b" === n.revealOrder[0] && t.reverse();
	for (var e = t.length; e--;) this.l.set(t[e], this.i = [
		1,
		0,
		this.i
	]);
	return n.children;
}, B.prototype.componentDidUpdate = B.prototype.componentDidMount = function() {
	var n = this;
	this.l.forEach(function(t, e) {
		H(n, e, t);
	});
};
var q = "undefined" != typeof Symbol && Symbol.for && Symbol.for("react.element") || 60103;
var G = /^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/;
var J = /^on(Ani|Tra|Tou|BeforeInp|Compo)/;
var K = /[A-Z0-9]/g;
var Q = "undefined" != typeof document;
var X = function(n) {
	return ("undefined" != typeof Symbol && "symbol" == typeof Symbol() ? /fil|che|rad/ : /fil|che|ra/).test(n);
};
C.prototype.isReactComponent = !0, [
	"componentWillMount",
	"componentWillReceiveProps",
	"componentWillUpdate"
].forEach(function(t) {
	Object.defineProperty(C.prototype, t, {
		configurable: !0,
		get: function() {
			return this["UNSAFE_" + t];
		},
		set: function(n) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				value: n
			});
		}
	});
});
var en = l.event;
l.event = function(n) {
	return en && (n = en(n)), n.persist = function() {}, n.isPropagationStopped = function() {
		return this.cancelBubble;
	}, n.isDefaultPrevented = function() {
		return this.defaultPrevented;
	}, n.nativeEvent = n;
};
var un = {
	configurable: !0,
	get: function() {
		return this.class;
	}
};
var on = l.vnode;
l.vnode = function(n) {
	"string" == typeof n.type && function(n) {
		var t = n.props, e = n.type, u = {}, o = -1 == e.indexOf("-");
		for (var i in t) {
			var l = t[i];
			if (!("value" === i && "defaultValue" in t && null == l || Q && "children" === i && "noscript" === e || "class" === i || "className" === i)) {
				var f = i.toLowerCase();
				"defaultValue" === i && "value" in t && null == t.value ? i = "value" : "download" === i && !0 === l ? l = "" : "translate" === f && "no" === l ? l = !1 : "o" === f[0] && "n" === f[1] ? "ondoubleclick" === f ? i = "ondblclick" : "onchange" !== f || "input" !== e && "textarea" !== e || X(t.type) ? "onfocus" === f ? i = "onfocusin" : "onblur" === f ? i = "onfocusout" : J.test(i) && (i = f) : f = i = "oninput" : o && G.test(i) ? i = i.replace(K, "-$&").toLowerCase() : null === l && (l = void 0), "oninput" === f && u[i = f] && (i = "oninputCapture"), u[i] = l;
			}
		}
		"select" == e && (u.multiple && Array.isArray(u.value) && (u.value = F(t.children).forEach(function(n) {
			n.props.selected = -1 != u.value.indexOf(n.props.value);
		})), null != u.defaultValue && (u.value = F(t.children).forEach(function(n) {
			n.props.selected = u.multiple ? -1 != u.defaultValue.indexOf(n.props.value) : u.defaultValue == n.props.value;
		}))), t.class && !t.className ? (u.class = t.class, Object.defineProperty(u, "className", un)) : t.className && (u.class = u.className = t.className), n.props = u;
	}(n), n.$$typeof = q, on && on(n);
};
var ln = l.__r;
l.__r = function(n) {
	ln && ln(n), n.__c;
};
var fn = l.diffed;
l.diffed = function(n) {
	fn && fn(n);
	var t = n.props, e = n.__e;
	null != e && "textarea" === n.type && "value" in t && t.value !== e.value && (e.value = null == t.value ? "" : t.value);
};
// components/check/PhotoCard.tsx
/** Cards re-render only when their own photo changed, not whenever another photo in the batch did. */
var findingKey = (v) => v.findings.map((f) => `${f.code}:${f.severity}`).join(" ");
var PhotoCard = N(PhotoCardView, (a, b) => a.view.report === b.view.report && a.view.thumbnail === b.view.thumbnail && a.view.verdict === b.view.verdict && a.onOpen === b.onOpen && a.assign?.key === b.assign?.key && findingKey(a.view) === findingKey(b.view));
/** One photo: thumbnail, numbers, verdict, and the findings in a few words. */
function PhotoCardView({ view, onOpen, assign }) {
	const r = view.report;
	const metrics = r?.pixels?.ok ? r.pixels.metrics : void 0;
	const bytes = r?.bytes ?? view.sizeHint;
	const shown = view.findings.filter((f) => f.severity !== "info");
	return /* @__PURE__ */ u("li", {
		class: `card verdict-${view.verdict}`,
		"data-photo-name": view.name,
		"data-width": r?.width ?? "",
		"data-height": r?.height ?? "",
		"data-bytes": bytes ?? "",
		"data-format": r?.format ?? "",
		"data-verdict": view.verdict,
		"data-findings": view.findings.map((f) => f.code).join(" "),
		"data-sharpness": metrics?.sharpness ?? "",
		"data-luminance": metrics?.meanLuminance ?? "",
		"data-shot-id": assign?.shotId || void 0,
		"data-photo-state": assign?.status?.state,
		children: [/* @__PURE__ */ u("button", {
			type: "button",
			class: "card-button",
			onClick: () => onOpen(view.id),
			"aria-label": `Details for ${view.name}`,
			children: [/* @__PURE__ */ u("div", {
				class: "thumb",
				children: [view.thumbnail ? /* @__PURE__ */ u("img", {
					src: view.thumbnail,
					alt: "",
					loading: "lazy"
				}) : /* @__PURE__ */ u("span", {
					class: "thumb-placeholder",
					children: view.verdict === "pending" ? "…" : (r?.format ?? "?").toUpperCase()
				}), /* @__PURE__ */ u("span", {
					class: `verdict-pill verdict-${view.verdict}`,
					children: [
						VERDICT_MARK[view.verdict],
						" ",
						VERDICT_LABEL[view.verdict]
					]
				})]
			}), /* @__PURE__ */ u("div", {
				class: "card-body",
				children: [
					/* @__PURE__ */ u("div", {
						class: "card-name",
						title: view.name,
						children: view.name
					}),
					/* @__PURE__ */ u("div", {
						class: "card-numbers",
						children: [
							r ? formatDimensions(r.width, r.height) : "…",
							" · ",
							formatBytes(bytes),
							r?.jpeg?.quality !== void 0 && /* @__PURE__ */ u(S, { children: [" · Q", r.jpeg.quality] })
						]
					}),
					shown.length > 0 ? /* @__PURE__ */ u("ul", {
						class: "chips",
						children: shown.map((f) => /* @__PURE__ */ u("li", {
							class: `chip sev-${f.severity}`,
							children: describeFinding(f).short
						}, f.code))
					}) : r && /* @__PURE__ */ u("div", {
						class: "card-ok",
						children: view.verdict === "ok" ? "Fine to inspect" : ""
					})
				]
			})]
		}), assign && /* @__PURE__ */ u(CardAssign, { model: assign })]
	});
}
// components/check/PhotoDetails.tsx
/** The details dialog of one checked photo. */
function PhotoDetails({ view, onClose }) {
	const dialog = A$1(null);
	h(() => {
		dialog.current?.showModal();
	}, []);
	return /* @__PURE__ */ u("dialog", {
		ref: dialog,
		class: "details",
		onClose,
		"aria-labelledby": "details-title",
		"data-testid": "details",
		children: [
			/* @__PURE__ */ u("header", {
				class: "details-head",
				children: [/* @__PURE__ */ u("h2", {
					id: "details-title",
					children: view.name
				}), /* @__PURE__ */ u("button", {
					type: "button",
					class: "icon-button",
					onClick: () => dialog.current?.close(),
					"aria-label": "Close",
					children: "✕"
				})]
			}),
			/* @__PURE__ */ u("div", {
				class: "details-grid",
				children: [view.thumbnail && /* @__PURE__ */ u("img", {
					class: "details-thumb",
					src: view.thumbnail,
					alt: `Preview of ${view.name}`
				}), /* @__PURE__ */ u(PhotoFactList, {
					report: view.report,
					verdict: view.verdict,
					sizeHint: view.sizeHint
				})]
			}),
			/* @__PURE__ */ u(FindingList, {
				findings: view.findings,
				done: Boolean(view.report)
			})
		]
	});
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
// components/check/state.ts
var items = y([]);
var skipped = y([]);
/** Files sent for checking whose photos are not all listed yet (zips being opened). */
var opening = y(0);
var views = O$1(() => {
	const list = items.value;
	const done = list.flatMap((item, index) => item.report ? [{
		index,
		name: item.name,
		report: item.report
	}] : []);
	const extra = findBatchDuplicates(done);
	const byIndex = new Map(done.map((d, i) => [d.index, extra[i]]));
	return list.map((item, index) => {
		if (!item.report) return {
			...item,
			findings: [],
			verdict: "pending"
		};
		const findings = [...item.report.findings, ...byIndex.get(index) ?? []];
		return {
			...item,
			findings,
			verdict: verdictOf(findings, item.report.error)
		};
	});
});
var progress = O$1(() => {
	const list = items.value;
	const done = list.filter((i) => i.report).length;
	return {
		done,
		total: list.length,
		busy: done < list.length || opening.value > 0
	};
});
var analyzer;
/** The page wires in its worker; tests hand in the inline analyzer. */
function setAnalyzer(a) {
	analyzer = a;
}
var batch = 0;
var updates = createPatchBatch(items, (item) => item.id);
/** Add photos (and zips of photos); resolves when every one of them is analysed. */
async function addFiles$1(files) {
	const addedAt = (/* @__PURE__ */ new Date()).toISOString();
	await Promise.all(files.map((f) => {
		const prefix = `b${batch++}:`;
		opening.value++;
		let listed = false;
		const listedOnce = () => {
			if (!listed) opening.value--;
			listed = true;
		};
		if (!analyzer) throw new Error("setAnalyzer() was not called");
		return analyzer.check(f.file, f.name, {
			onFound: (photos, skip) => {
				items.value = [...items.value, ...photos.map((p) => ({
					id: prefix + p.key,
					name: p.name,
					sizeHint: p.sizeHint,
					report: p.report,
					addedAt
				}))];
				if (skip.length) skipped.value = [...skipped.value, ...skip];
				listedOnce();
			},
			onReport: (key, report, thumbnail) => {
				updates.patch(prefix + key, {
					report,
					thumbnail: thumbnail ? URL.createObjectURL(thumbnail) : void 0,
					thumbnailBlob: thumbnail
				});
			}
		}, f.date).finally(listedOnce);
	}));
}
function clearBatch() {
	for (const item of items.value) if (item.thumbnail) URL.revokeObjectURL(item.thumbnail);
	items.value = [];
	skipped.value = [];
}
var VERDICT_ORDER = {
	error: 0,
	fail: 1,
	warn: 2,
	pending: 3,
	ok: 4
};
// components/check/CheckPage.tsx
var FILTERS = [
	"all",
	"fail",
	"warn",
	"ok",
	"error"
];
function addFiles(files) {
	if (!files?.length) return;
	addFiles$1(Array.from(files, (file) => ({
		file,
		name: file.webkitRelativePath || file.name,
		date: file.lastModified ? new Date(file.lastModified).toISOString() : void 0
	})));
}
/** Folders dropped from the file manager arrive as directory entries: walk them for files. */
async function filesFromDrop(dt) {
	const entries = Array.from(dt.items, (i) => i.webkitGetAsEntry?.()).filter(Boolean);
	if (!entries.length) return Array.from(dt.files);
	const out = [];
	const walk = async (entry) => {
		if (entry.isFile) out.push(await new Promise((res, rej) => entry.file(res, rej)));
		else if (entry.isDirectory) {
			const reader = entry.createReader();
			let batch;
			do {
				batch = await new Promise((res, rej) => reader.readEntries(res, rej));
				for (const child of batch) await walk(child);
			} while (batch.length);
		}
	};
	for (const entry of entries) await walk(entry);
	return out;
}
/** A card's shot controls for the picked stage, or none without one. */
function assignModel(view) {
	const stage = pickedStage.value;
	if (!stage) return void 0;
	const record = recordOf(view);
	const blocked = view.verdict === "pending" ? "Checking…" : canAssign(view) ? void 0 : "Unreadable: cannot be assigned";
	const fields = {
		shots: stage.shots,
		suggested: blocked ? [] : suggestionsFor(view),
		shotId: record?.shotId ?? "",
		status: record?.status,
		saving: Boolean(view.report?.sha256 && saving.value.has(view.report.sha256)),
		blocked
	};
	return {
		...fields,
		view,
		key: cardAssignKey({
			...fields,
			stageId: stage.id
		})
	};
}
function CheckPage() {
	const filter = useSignal("all");
	const sort = useSignal("verdict");
	const openId = useSignal(null);
	const dragging = useSignal(false);
	const openDetails = q$1((id) => {
		openId.value = id;
	}, []);
	const counts = useComputed(() => {
		const c = {
			all: 0,
			ok: 0,
			warn: 0,
			fail: 0,
			error: 0
		};
		for (const v of views.value) {
			if (v.verdict === "pending") continue;
			c.all++;
			c[v.verdict]++;
		}
		return c;
	});
	const shown = useComputed(() => {
		const list = views.value.filter((v) => filter.value === "all" || v.verdict === filter.value);
		const key = sort.value;
		return [...list].sort((a, b) => {
			if (key === "name") return a.name.localeCompare(b.name);
			if (key === "size") return (a.report?.bytes ?? 0) - (b.report?.bytes ?? 0);
			if (key === "resolution") return (a.report?.width ?? 0) * (a.report?.height ?? 0) - (b.report?.width ?? 0) * (b.report?.height ?? 0);
			return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.name.localeCompare(b.name);
		});
	});
	h(() => {
		loadOrders();
		const shown = () => {
			if (document.visibilityState === "visible") refreshOrders();
		};
		document.addEventListener("visibilitychange", shown);
		return () => document.removeEventListener("visibilitychange", shown);
	}, []);
	h(() => {
		const over = (e) => {
			e.preventDefault();
			dragging.value = true;
		};
		const leave = (e) => {
			if (e.relatedTarget === null) dragging.value = false;
		};
		const drop = async (e) => {
			e.preventDefault();
			dragging.value = false;
			if (e.dataTransfer) addFiles(await filesFromDrop(e.dataTransfer));
		};
		window.addEventListener("dragover", over);
		window.addEventListener("dragleave", leave);
		window.addEventListener("drop", drop);
		return () => {
			window.removeEventListener("dragover", over);
			window.removeEventListener("dragleave", leave);
			window.removeEventListener("drop", drop);
		};
	}, []);
	const p = progress.value;
	const open = openId.value ? views.value.find((v) => v.id === openId.value) : void 0;
	const error = orderError.value;
	const withOrder = Boolean(pickedStage.value);
	return /* @__PURE__ */ u("div", {
		class: `page ${dragging.value ? "dragging" : ""}`,
		children: [
			/* @__PURE__ */ u("header", {
				class: "topbar",
				children: [
					/* @__PURE__ */ u("img", {
						src: "/icon/32.png",
						alt: "",
						width: 24,
						height: 24
					}),
					/* @__PURE__ */ u("h1", { children: "Check photos" }),
					/* @__PURE__ */ u("span", {
						class: "topbar-note",
						children: "Nothing leaves this browser."
					})
				]
			}),
			/* @__PURE__ */ u("div", {
				role: "alert",
				class: "check-alert",
				children: error && /* @__PURE__ */ u("p", { children: [
					/* @__PURE__ */ u("strong", { children: error.message }),
					" ",
					error.problems.join("; ")
				] })
			}),
			/* @__PURE__ */ u(OrderBar, { views: views.value }),
			/* @__PURE__ */ u("section", {
				class: "dropzone",
				"aria-label": "Add photos",
				children: [
					/* @__PURE__ */ u("p", {
						class: "drop-title",
						children: "Drop supplier photos, folders or zips here"
					}),
					/* @__PURE__ */ u("p", {
						class: "drop-sub",
						children: "JPEG, HEIC, PNG, WebP, AVIF — from WeChat, email or a zip. Each is measured for size, sharpness, lighting and duplicates."
					}),
					/* @__PURE__ */ u("div", {
						class: "drop-actions",
						children: [
							/* @__PURE__ */ u("label", {
								class: "button primary",
								children: ["Choose photos…", /* @__PURE__ */ u("input", {
									type: "file",
									multiple: true,
									accept: "image/*,.heic,.heif,.zip,application/zip",
									"data-testid": "file-input",
									class: "visually-hidden",
									onChange: (e) => {
										const input = e.currentTarget;
										addFiles(input.files);
										input.value = "";
									}
								})]
							}),
							/* @__PURE__ */ u("label", {
								class: "button",
								children: ["Choose a folder…", /* @__PURE__ */ u("input", {
									type: "file",
									webkitdirectory: "",
									class: "visually-hidden",
									"data-testid": "folder-input",
									onChange: (e) => {
										const input = e.currentTarget;
										addFiles(input.files);
										input.value = "";
									}
								})]
							}),
							p.total > 0 && !p.busy && /* @__PURE__ */ u("button", {
								type: "button",
								class: "button quiet",
								onClick: clearBatch,
								children: "Clear"
							})
						]
					})
				]
			}),
			p.total > 0 && /* @__PURE__ */ u("div", {
				class: "progress",
				role: "status",
				"aria-live": "polite",
				children: [/* @__PURE__ */ u("progress", {
					max: Math.max(p.total, 1),
					value: p.done,
					"aria-label": "Photos checked"
				}), /* @__PURE__ */ u("span", { children: p.busy ? `Checking ${p.done} of ${p.total}…` : `${p.total} photo${p.total === 1 ? "" : "s"} checked` })]
			}),
			p.total > 0 && /* @__PURE__ */ u("nav", {
				class: "toolbar",
				"data-testid": "summary",
				"aria-label": "Filter by verdict",
				children: [FILTERS.map((f) => /* @__PURE__ */ u("button", {
					type: "button",
					class: `filter filter-${f} ${filter.value === f ? "active" : ""}`,
					"aria-pressed": filter.value === f,
					"data-count": counts.value[f],
					onClick: () => {
						filter.value = f;
					},
					children: [
						f === "all" ? "All" : VERDICT_LABEL[f],
						" ",
						/* @__PURE__ */ u("b", { children: counts.value[f] })
					]
				}, f)), /* @__PURE__ */ u("label", {
					class: "sort",
					children: ["Sort", /* @__PURE__ */ u("select", {
						value: sort.value,
						onChange: (e) => {
							sort.value = e.currentTarget.value;
						},
						children: [
							/* @__PURE__ */ u("option", {
								value: "verdict",
								children: "Worst first"
							}),
							/* @__PURE__ */ u("option", {
								value: "name",
								children: "Name"
							}),
							/* @__PURE__ */ u("option", {
								value: "size",
								children: "File size"
							}),
							/* @__PURE__ */ u("option", {
								value: "resolution",
								children: "Resolution"
							})
						]
					})]
				})]
			}),
			skipped.value.length > 0 && /* @__PURE__ */ u("p", {
				class: "skipped",
				role: "note",
				children: [
					"Skipped ",
					skipped.value.length,
					" file",
					skipped.value.length === 1 ? "" : "s",
					" that are not photos:",
					" ",
					skipped.value.map((s) => s.name).join(", ")
				]
			}),
			/* @__PURE__ */ u("div", {
				class: withOrder ? "with-checklist" : "",
				children: [/* @__PURE__ */ u("ul", {
					class: "grid",
					"aria-label": "Checked photos",
					children: shown.value.map((v) => /* @__PURE__ */ u(PhotoCard, {
						view: v,
						onOpen: openDetails,
						assign: assignModel(v)
					}, v.id))
				}), withOrder && /* @__PURE__ */ u(ChecklistPanel, {})]
			}),
			open && /* @__PURE__ */ u(PhotoDetails, {
				view: open,
				onClose: () => {
					openId.value = null;
				}
			})
		]
	});
}
// utils/photo/analyzer-client.ts
function createWorkerAnalyzer(worker) {
	let nextId = 1;
	const pending = /* @__PURE__ */ new Map();
	worker.addEventListener("message", (e) => {
		const event = e.data;
		const entry = pending.get(event.requestId);
		if (!entry) return;
		if (event.type === "found") entry.callbacks.onFound(event.photos, event.skipped);
		else if (event.type === "report") entry.callbacks.onReport(event.key, event.report, event.thumbnail);
		else {
			pending.delete(event.requestId);
			entry.done();
		}
	});
	return { check(file, name, callbacks, receivedAt) {
		const requestId = nextId++;
		return new Promise((done) => {
			pending.set(requestId, {
				callbacks,
				done
			});
			worker.postMessage({
				type: "check",
				requestId,
				name,
				file,
				receivedAt
			});
		});
	} };
}
// entrypoints/check/main.tsx
setAnalyzer(createWorkerAnalyzer(new Worker(new URL(
	/* @vite-ignore */
	"/assets/analyzer.worker-BKvMyW4g.js",
	"" + self.location.href
), { type: "module" })));
R(/* @__PURE__ */ u(CheckPage, {}), document.getElementById("app"));
