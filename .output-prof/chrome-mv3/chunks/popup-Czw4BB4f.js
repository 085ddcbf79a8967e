import { O as listOrders, S as listPhotos, Tt as R, ct as explainError, d as getSettings, dt as daysLeftText, ft as todayLocal, g as listSuppliers, i as gateLabel, nt as openStore, pt as u, ut as agoText, v as openRequests, xt as h, yt as d } from "./theme-Bgg-dlZg.js";
import { n as summarizeOrder, r as summaryContext } from "./summary-BQ4h8gjA.js";
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
// components/popup/attention.ts
function attention(summaries, suppliers, requests) {
	const open = summaries.filter((s) => s.order.status === "open");
	const stages = [];
	const gates = [];
	for (const { order, current, stages: all } of open) {
		const po = order.poNumbers[0] ?? "";
		if (current) {
			const c = current.checklist.counts;
			if (c.missing + c.poor + c.rejected > 0) stages.push({
				orderId: order.id,
				po,
				product: order.product,
				supplier: suppliers.get(order.supplierId)?.company ?? "",
				stage: current.stage.name.en,
				missing: c.missing,
				poor: c.poor + c.rejected,
				toReview: c.pending
			});
		}
		for (const { stage, checklist } of all) {
			const g = checklist.gate;
			if (g.dueDate === void 0 || g.daysToDue === void 0 || g.canProceed) continue;
			gates.push({
				orderId: order.id,
				stageId: stage.id,
				po,
				label: stage.gate ? gateLabel(stage.gate.label).en : `${stage.name.en} due`,
				dueDate: g.dueDate,
				days: g.daysToDue,
				overdue: g.overdue,
				open: g.blockers.length
			});
		}
	}
	stages.sort((a, b) => b.poor - a.poor || b.missing - a.missing || a.po.localeCompare(b.po));
	gates.sort((a, b) => a.days - b.days || a.po.localeCompare(b.po));
	const byId = new Map(open.map((s) => [s.order.id, s.order]));
	const waiting = requests.filter((r) => r.answeredAt === void 0 && byId.has(r.orderId)).sort((a, b) => a.askedAt.localeCompare(b.askedAt)).map((r) => ({
		id: r.id,
		orderId: r.orderId,
		po: byId.get(r.orderId).poNumbers[0] ?? "",
		askedAt: r.askedAt,
		items: r.items.length,
		channel: r.channel
	}));
	return {
		openOrders: open.length,
		stages,
		gates,
		requests: waiting
	};
}
// components/popup/PopupView.tsx
var LIMIT = 5;
var orderPath = (id) => `/options.html#/orders/${encodeURIComponent(id)}`;
function Section({ title, count, children, more, onMore }) {
	return /* @__PURE__ */ u("section", {
		class: "pp-section",
		children: [
			/* @__PURE__ */ u("h2", { children: [
				title,
				" ",
				/* @__PURE__ */ u("span", {
					class: "pp-count",
					children: count
				})
			] }),
			/* @__PURE__ */ u("ul", { children }),
			more > 0 && /* @__PURE__ */ u("button", {
				type: "button",
				class: "pp-more",
				onClick: onMore,
				children: [
					"and ",
					more,
					" more in the orders desk →"
				]
			})
		]
	});
}
function Row({ path, open, children, label }) {
	return /* @__PURE__ */ u("li", { children: /* @__PURE__ */ u("a", {
		href: path,
		class: "pp-row",
		"aria-label": label,
		onClick: (e) => {
			e.preventDefault();
			open(path);
		},
		children
	}) });
}
function PopupView({ attention: a, orderCount, now, open }) {
	const checkButton = /* @__PURE__ */ u("button", {
		type: "button",
		class: "pp-button pp-primary",
		onClick: () => open("/check.html"),
		"data-testid": "open-check",
		children: "Check photos"
	});
	if (orderCount === 0) return /* @__PURE__ */ u("div", {
		class: "pp-root",
		children: [/* @__PURE__ */ u("header", {
			class: "pp-head",
			children: [/* @__PURE__ */ u("img", {
				src: "/icon/32.png",
				alt: "",
				width: 20,
				height: 20
			}), /* @__PURE__ */ u("h1", { children: "Photo Triage" })]
		}), /* @__PURE__ */ u("div", {
			class: "pp-welcome",
			children: [
				/* @__PURE__ */ u("p", { children: [/* @__PURE__ */ u("strong", { children: "Welcome." }), " Add an order with its production stages, and every supplier photo you check is measured against the shots that stage needs."] }),
				/* @__PURE__ */ u("button", {
					type: "button",
					class: "pp-button pp-primary",
					onClick: () => open("/options.html#/orders/new"),
					children: "Add your first order"
				}),
				/* @__PURE__ */ u("button", {
					type: "button",
					class: "pp-button",
					onClick: () => open("/check.html"),
					children: "Just check some photos"
				})
			]
		})]
	});
	const desk = () => open("/options.html#/orders");
	const nothing = !a.stages.length && !a.gates.length && !a.requests.length;
	return /* @__PURE__ */ u("div", {
		class: "pp-root",
		children: [
			/* @__PURE__ */ u("header", {
				class: "pp-head",
				children: [
					/* @__PURE__ */ u("img", {
						src: "/icon/32.png",
						alt: "",
						width: 20,
						height: 20
					}),
					/* @__PURE__ */ u("h1", { children: "Photo Triage" }),
					checkButton
				]
			}),
			nothing && /* @__PURE__ */ u("p", {
				class: "pp-clear",
				"data-testid": "all-clear",
				children: [
					"✓ Nothing needs you: ",
					a.openOrders,
					" open order",
					a.openOrders === 1 ? "" : "s",
					", no missing or poor photos, no gate at risk."
				]
			}),
			a.stages.length > 0 && /* @__PURE__ */ u(Section, {
				title: "Needs photos",
				count: a.stages.length,
				more: a.stages.length - LIMIT,
				onMore: desk,
				children: a.stages.slice(0, LIMIT).map((s) => /* @__PURE__ */ u(Row, {
					path: orderPath(s.orderId),
					open,
					label: `${s.po}, ${s.stage}: ${s.missing} missing, ${s.poor} poor`,
					children: [/* @__PURE__ */ u("span", {
						class: "pp-main",
						"data-order-id": s.orderId,
						"data-missing": s.missing,
						"data-poor": s.poor,
						children: [
							/* @__PURE__ */ u("b", { children: s.po }),
							" ",
							/* @__PURE__ */ u("span", {
								class: "pp-sub",
								children: s.stage
							}),
							/* @__PURE__ */ u("span", {
								class: "pp-product",
								children: s.product || s.supplier
							})
						]
					}), /* @__PURE__ */ u("span", {
						class: "pp-badges",
						children: [
							s.poor > 0 && /* @__PURE__ */ u("span", {
								class: "pp-badge pp-bad",
								children: [s.poor, " poor"]
							}),
							s.missing > 0 && /* @__PURE__ */ u("span", {
								class: "pp-badge",
								children: [s.missing, " missing"]
							}),
							s.toReview > 0 && /* @__PURE__ */ u("span", {
								class: "pp-badge pp-review",
								children: [s.toReview, " to review"]
							})
						]
					})]
				}, s.orderId))
			}),
			a.gates.length > 0 && /* @__PURE__ */ u(Section, {
				title: "Gates due",
				count: a.gates.length,
				more: a.gates.length - LIMIT,
				onMore: desk,
				children: a.gates.slice(0, LIMIT).map((g) => /* @__PURE__ */ u(Row, {
					path: orderPath(g.orderId),
					open,
					label: `${g.po}: ${g.label}, ${daysLeftText(g.days)}`,
					children: [/* @__PURE__ */ u("span", {
						class: "pp-main",
						"data-order-id": g.orderId,
						children: [
							/* @__PURE__ */ u("b", { children: g.po }),
							" ",
							/* @__PURE__ */ u("span", {
								class: "pp-sub",
								children: g.label
							}),
							/* @__PURE__ */ u("span", {
								class: "pp-product",
								children: [
									g.open,
									" required shot",
									g.open === 1 ? "" : "s",
									" open · due ",
									g.dueDate
								]
							})
						]
					}), /* @__PURE__ */ u("span", {
						class: `pp-days ${g.overdue ? "pp-overdue" : g.days <= 3 ? "pp-soon" : ""}`,
						children: daysLeftText(g.days)
					})]
				}, `${g.orderId}-${g.stageId}`))
			}),
			a.requests.length > 0 && /* @__PURE__ */ u(Section, {
				title: "Awaiting an answer",
				count: a.requests.length,
				more: a.requests.length - LIMIT,
				onMore: desk,
				children: a.requests.slice(0, LIMIT).map((r) => /* @__PURE__ */ u(Row, {
					path: orderPath(r.orderId),
					open,
					label: `${r.po}: asked ${agoText(r.askedAt, now)}`,
					children: [/* @__PURE__ */ u("span", {
						class: "pp-main",
						"data-order-id": r.orderId,
						children: [
							/* @__PURE__ */ u("b", { children: r.po }),
							" ",
							/* @__PURE__ */ u("span", {
								class: "pp-sub",
								children: [
									r.items,
									" item",
									r.items === 1 ? "" : "s",
									" asked by",
									" ",
									r.channel === "wechat" ? "WeChat" : "email"
								]
							})
						]
					}), /* @__PURE__ */ u("span", {
						class: "pp-days",
						children: agoText(r.askedAt, now)
					})]
				}, r.id))
			}),
			/* @__PURE__ */ u("footer", {
				class: "pp-foot",
				children: [/* @__PURE__ */ u("button", {
					type: "button",
					class: "pp-link",
					onClick: desk,
					children: "Orders desk"
				}), /* @__PURE__ */ u("button", {
					type: "button",
					class: "pp-link",
					onClick: () => open("/options.html#/settings"),
					children: "Settings"
				})]
			})
		]
	});
}
// components/popup/PopupApp.tsx
async function load() {
	const store = await openStore();
	try {
		const [orders, suppliers, settings, photos, requests] = await Promise.all([
			listOrders(store),
			listSuppliers(store),
			getSettings(store),
			listPhotos(store),
			openRequests(store)
		]);
		const ctx = summaryContext({
			photos,
			orders,
			thresholds: settings.thresholds,
			today: todayLocal()
		});
		return {
			attention: attention(orders.filter((o) => o.status === "open").map((o) => summarizeOrder(o, ctx)), new Map(suppliers.map((s) => [s.id, s])), requests),
			orderCount: orders.length
		};
	} finally {
		store.close();
	}
}
async function openPage(path) {
	const url = browser.runtime.getURL(path);
	await browser.tabs.create({ url });
	if (!await browser.tabs.getCurrent()) window.close();
}
function PopupApp() {
	const [data, setData] = d(null);
	const [error, setError] = d("");
	h(() => {
		load().then(setData, (e) => setError(explainError(e).message));
	}, []);
	if (error) return /* @__PURE__ */ u("div", {
		class: "pp-root",
		children: /* @__PURE__ */ u("p", {
			class: "pp-error",
			role: "alert",
			children: error
		})
	});
	if (!data) return /* @__PURE__ */ u("div", {
		class: "pp-root pp-loading",
		children: "Loading…"
	});
	return /* @__PURE__ */ u(PopupView, {
		attention: data.attention,
		orderCount: data.orderCount,
		now: /* @__PURE__ */ new Date(),
		open: (p) => void openPage(p)
	});
}
// entrypoints/popup/main.tsx
R(/* @__PURE__ */ u(PopupApp, {}), document.getElementById("app"));
