import { $ as interpolateLocal, A as backupFileName, B as validateTemplate, D as deleteOrder, E as addOrder, Et as S, F as DEFAULT_TEMPLATES, G as ITEM_PHRASES, H as FINDING_PHRASES, I as PLACEHOLDERS, J as REQUESTS, K as MESSAGE_PHRASES, L as PLACEHOLDER_HELP, M as importBackup, N as readBackup, O as listOrders, P as DEFAULT_THRESHOLDS, Q as interpolate, R as fillTemplate, S as listPhotos, T as setPhotoStatus, Tt as R, U as GATE_PHRASES, V as DUE_PHRASES, W as GENERAL_REQUESTS, X as REUSED_PROBLEM, Y as REQUEST_ORDER, Z as WEEKDAYS, _ as updateSupplier, _t as A, at as buildChecklist, b as deleteReferencePhoto, bt as g, c as listTemplates, ct as explainError, d as getSettings, dt as daysLeftText, et as interpolateText, f as removeIgnoredSender, ft as todayLocal, g as listSuppliers, h as deleteSupplier, i as gateLabel, it as createNearIndex, j as exportBackup, k as updateOrder, l as updateTemplate, lt as StoreError, m as addSupplier, mt as formatBytes, nt as openStore, o as addTemplate, p as updateSettings, pt as u, q as MONTHS_EN, s as deleteTemplate, tt as localOf, u as DEFAULT_SETTINGS, vt as T, w as setPhotoAssignment, x as listReferencePhotos, xt as h, y as addReferencePhoto, yt as d, z as tokenizeTemplate } from "./theme-Bgg-dlZg.js";
import { _ as useSignal, g as useComputed, i as ChecklistView, l as createBlobUrls, m as describeError, n as FindingList, o as verdictOf, r as PhotoFactList, s as GateLine, t as analyzePhoto, v as O, y } from "./photo-CO_DlEDl.js";
import { n as summarizeOrder, t as groupByStage } from "./summary-BQ4h8gjA.js";
// utils/store/usage.ts
var nav = () => globalThis.navigator;
/** Ask once (Chrome grants extensions silently; Firefox may ask the buyer). undefined: not supported. */
async function requestPersistence(navigator = nav()) {
	const storage = navigator?.storage;
	if (!storage?.persist) return void 0;
	try {
		if (await storage.persisted?.()) return true;
		return await storage.persist();
	} catch {
		return;
	}
}
async function storageUsage(navigator = nav()) {
	const storage = navigator?.storage;
	const out = {};
	try {
		const estimate = await storage?.estimate?.();
		out.usage = estimate?.usage;
		out.quota = estimate?.quota;
	} catch {}
	try {
		out.persisted = await storage?.persisted?.();
	} catch {}
	return out;
}
// components/options/alerts.ts
var notices = y([]);
var nextId = 1;
function dismissNotice(id) {
	notices.value = notices.value.filter((n) => n.id !== id);
}
function showError(e, options = {}) {
	const { message, problems } = explainError(e, options);
	if (notices.value.some((n) => n.kind === "error" && n.message === message)) return;
	notices.value = [...notices.value, {
		id: nextId++,
		kind: "error",
		message,
		problems
	}];
}
function showSuccess(message) {
	const id = nextId++;
	notices.value = [...notices.value.filter((n) => n.kind !== "success"), {
		id,
		kind: "success",
		message,
		problems: []
	}];
	setTimeout(() => dismissNotice(id), 6e3);
}
/** Confirmations belong to the page they were made on. */
function clearSuccess() {
	notices.value = notices.value.filter((n) => n.kind !== "success");
}
// components/options/AlertRegion.tsx
/** The page's message area. The live regions are always in the page, so screen readers announce additions. */
function AlertRegion() {
	const list = notices.value;
	return /* @__PURE__ */ u("div", {
		class: "notices",
		children: [/* @__PURE__ */ u("div", {
			role: "alert",
			"data-testid": "alerts",
			children: list.filter((n) => n.kind === "error").map((n) => /* @__PURE__ */ u("div", {
				class: "notice notice-error",
				children: [/* @__PURE__ */ u("div", { children: [/* @__PURE__ */ u("strong", { children: n.message }), n.problems.length > 0 && /* @__PURE__ */ u("ul", { children: n.problems.map((p) => /* @__PURE__ */ u("li", { children: p }, p)) })] }), /* @__PURE__ */ u("button", {
					type: "button",
					class: "icon-button",
					onClick: () => dismissNotice(n.id),
					"aria-label": "Dismiss message",
					children: "✕"
				})]
			}, n.id))
		}), /* @__PURE__ */ u("div", {
			role: "status",
			"data-testid": "status",
			children: list.filter((n) => n.kind === "success").map((n) => /* @__PURE__ */ u("div", {
				class: "notice notice-success",
				children: [/* @__PURE__ */ u("span", { children: n.message }), /* @__PURE__ */ u("button", {
					type: "button",
					class: "icon-button",
					onClick: () => dismissNotice(n.id),
					"aria-label": "Dismiss message",
					children: "✕"
				})]
			}, n.id))
		})]
	});
}
/** A form's own error, shown inside the form. */
function FormError({ error }) {
	if (error === void 0 || error === null) return null;
	const { message, problems } = explainError(error);
	return /* @__PURE__ */ u("div", {
		role: "alert",
		class: "notice notice-error form-error",
		"data-testid": "form-error",
		children: /* @__PURE__ */ u("div", { children: [/* @__PURE__ */ u("strong", { children: message }), problems.length > 0 && /* @__PURE__ */ u("ul", { children: problems.map((p) => /* @__PURE__ */ u("li", { children: p }, p)) })] })
	});
}
// utils/triage/templates.ts
/** The standard stages in production order (custom stages have no place in it). */
var STAGE_ORDER = [
	"sample",
	"pre-production",
	"during-production",
	"pre-shipment",
	"container-loading"
];
/** Close-ups whose point is text or fine detail (labels, barcodes, marks, seal numbers) need more pixels. */
var CLOSE_UP_LONG_EDGE = 2e3;
var shot = (s) => ({
	...s,
	referencePhotoIds: []
});
/** One template per standard stage, in `STAGE_ORDER`. */
var BUILT_IN_TEMPLATES = [
	{
		id: "builtin-sample",
		name: {
			en: "Sample approval",
			zh: "样品确认"
		},
		kind: "sample",
		builtIn: true,
		gate: { label: {
			en: "start of bulk production",
			zh: "开始大货生产"
		} },
		shots: [
			shot({
				id: "sample-front",
				label: {
					en: "Front",
					zh: "正面整体"
				},
				instructions: {
					en: "The whole product from the front, filling most of the frame, on a plain background in daylight or bright, even light.",
					zh: "产品正面整体图：产品尽量占满画面，用纯色背景，在自然光或明亮均匀的灯光下拍。"
				},
				required: true,
				keywords: [
					"front",
					"正面",
					"整体"
				]
			}),
			shot({
				id: "sample-back",
				label: {
					en: "Back",
					zh: "背面整体"
				},
				instructions: {
					en: "The whole product from the back, set up the same way as the front photo.",
					zh: "产品背面整体图，拍法和正面一样。"
				},
				required: true,
				keywords: [
					"back",
					"rear",
					"背面"
				]
			}),
			shot({
				id: "sample-left",
				label: {
					en: "Left side",
					zh: "左侧面"
				},
				instructions: {
					en: "The whole left side, shot straight on, not at an angle.",
					zh: "产品左侧整体图，正对着侧面拍，不要斜着拍。"
				},
				required: true,
				keywords: [
					"left",
					"side",
					"左侧",
					"侧面"
				]
			}),
			shot({
				id: "sample-right",
				label: {
					en: "Right side",
					zh: "右侧面"
				},
				instructions: {
					en: "The whole right side, shot straight on, not at an angle.",
					zh: "产品右侧整体图，正对着侧面拍，不要斜着拍。"
				},
				required: true,
				keywords: [
					"right",
					"side",
					"右侧",
					"侧面"
				]
			}),
			shot({
				id: "sample-detail",
				label: {
					en: "Workmanship close-up",
					zh: "做工细节近拍"
				},
				instructions: {
					en: "Close-up of the workmanship — stitching, seams, joints, edges or surface finish — sharp enough to see each stitch. Tap the screen to focus before shooting.",
					zh: "做工细节近拍：车线、接缝、拼接处、边位或表面处理，要拍清楚到能看清针脚。拍之前先点一下屏幕对焦。"
				},
				required: true,
				keywords: [
					"detail",
					"workmanship",
					"closeup",
					"stitch",
					"细节",
					"做工",
					"车线"
				]
			}),
			shot({
				id: "sample-measurement",
				label: {
					en: "Measurement",
					zh: "尺寸测量"
				},
				instructions: {
					en: "Measure the main dimensions with a tape or ruler in the frame; the reading must be legible.",
					zh: "用卷尺或直尺量主要尺寸，尺子要一起拍进去，刻度读数要看得清。"
				},
				required: true,
				keywords: [
					"measurement",
					"measure",
					"size",
					"dimension",
					"ruler",
					"tape",
					"尺寸",
					"测量",
					"卷尺"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			}),
			shot({
				id: "sample-label",
				label: {
					en: "Brand and care labels close-up",
					zh: "主标、洗标、吊牌近拍"
				},
				instructions: {
					en: "Close-up of the brand label, care label and hang tag; every word must be readable.",
					zh: "主标、洗标和吊牌近拍，上面的每个字都要看得清。"
				},
				required: true,
				keywords: [
					"label",
					"tag",
					"hangtag",
					"care",
					"brand",
					"标签",
					"吊牌",
					"洗标",
					"洗水唛",
					"主标",
					"商标"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			}),
			shot({
				id: "sample-packaging",
				label: {
					en: "Packaging",
					zh: "包装"
				},
				instructions: {
					en: "The product in its retail packaging (polybag, gift box, header card…), packed the way bulk will be.",
					zh: "产品按大货的包装方式装好后拍（胶袋、彩盒、吊卡等）。"
				},
				required: false,
				keywords: [
					"packaging",
					"package",
					"packing",
					"polybag",
					"giftbox",
					"包装",
					"彩盒",
					"胶袋"
				]
			})
		]
	},
	{
		id: "builtin-pre-production",
		name: {
			en: "Pre-production",
			zh: "产前确认"
		},
		kind: "pre-production",
		builtIn: true,
		gate: { label: {
			en: "cutting / moulding",
			zh: "裁剪/开模"
		} },
		shots: [
			shot({
				id: "pp-material-colour",
				label: {
					en: "Bulk material against approved colour",
					zh: "大货面料对色"
				},
				instructions: {
					en: "The bulk fabric or material next to the approved colour standard (lab dip, colour card or approved sample), in daylight, both in the same photo.",
					zh: "大货面料（或材料）和确认的色卡/确认样放在一起，在自然光下同框拍，方便对色。"
				},
				required: true,
				keywords: [
					"fabric",
					"material",
					"swatch",
					"colour",
					"color",
					"labdip",
					"面料",
					"布料",
					"材料",
					"色卡",
					"对色"
				]
			}),
			shot({
				id: "pp-trims",
				label: {
					en: "Trims and accessories",
					zh: "辅料、配件"
				},
				instructions: {
					en: "All trims and accessories laid out together: zips, buttons, labels, hang tags, thread, packing materials.",
					zh: "所有辅料摆在一起拍：拉链、纽扣、商标、吊牌、缝线、包装材料等。"
				},
				required: true,
				keywords: [
					"trim",
					"trims",
					"accessory",
					"accessories",
					"zip",
					"zipper",
					"button",
					"辅料",
					"配件",
					"拉链",
					"纽扣"
				]
			}),
			shot({
				id: "pp-sample",
				label: {
					en: "Pre-production sample",
					zh: "产前样"
				},
				instructions: {
					en: "The pre-production (or first production) sample made with bulk materials — front and back.",
					zh: "用大货物料做的产前样（或首件），拍正面和背面整体。"
				},
				required: true,
				keywords: [
					"pp",
					"pps",
					"preproduction",
					"sample",
					"产前样",
					"样品",
					"首件"
				]
			}),
			shot({
				id: "pp-components",
				label: {
					en: "Components",
					zh: "零部件"
				},
				instructions: {
					en: "The main components before assembly, with part numbers or markings visible.",
					zh: "组装前的主要零部件，零件上的编号或标记要拍清楚。"
				},
				required: false,
				keywords: [
					"component",
					"components",
					"part",
					"parts",
					"零件",
					"部件",
					"零部件"
				]
			}),
			shot({
				id: "pp-artwork",
				label: {
					en: "Artwork and print proof",
					zh: "印刷打样"
				},
				instructions: {
					en: "The printing proof (logo, packaging print, labels) next to the approved artwork; colours and text must be readable.",
					zh: "印刷打样（logo、彩盒、标签等）和确认稿放在一起拍，颜色和文字要看得清。"
				},
				required: true,
				keywords: [
					"artwork",
					"print",
					"printing",
					"proof",
					"logo",
					"印刷",
					"丝印",
					"打样",
					"确认稿"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			})
		]
	},
	{
		id: "builtin-during-production",
		name: {
			en: "During production",
			zh: "生产中期"
		},
		kind: "during-production",
		builtIn: true,
		shots: [
			shot({
				id: "dp-line",
				label: {
					en: "Production line overview",
					zh: "生产线全景"
				},
				instructions: {
					en: "A wide shot of the production line working on this order.",
					zh: "正在做这个订单的生产线全景。"
				},
				required: true,
				keywords: [
					"line",
					"production",
					"workshop",
					"overview",
					"生产线",
					"产线",
					"车间",
					"全景"
				]
			}),
			shot({
				id: "dp-semi-finished",
				label: {
					en: "Semi-finished products",
					zh: "半成品"
				},
				instructions: {
					en: "Semi-finished products at the main process steps.",
					zh: "各主要工序的半成品。"
				},
				required: false,
				keywords: [
					"semi",
					"semifinished",
					"wip",
					"半成品",
					"工序"
				]
			}),
			shot({
				id: "dp-finished",
				label: {
					en: "Finished products on the line",
					zh: "下线成品"
				},
				instructions: {
					en: "Finished products coming off the line, several pieces in one photo.",
					zh: "刚下线的成品，一张照片里拍几件。"
				},
				required: true,
				keywords: [
					"finished",
					"成品",
					"下线"
				]
			}),
			shot({
				id: "dp-qc",
				label: {
					en: "Quality check in progress",
					zh: "QC检验"
				},
				instructions: {
					en: "QC at work on this order: measuring, function testing or checking at the inspection table.",
					zh: "QC正在检验这个订单的产品：量尺寸、做功能测试，或在查货台上检查。"
				},
				required: false,
				keywords: [
					"qc",
					"inspection",
					"check",
					"quality",
					"品检",
					"检验",
					"查货",
					"质检"
				]
			}),
			shot({
				id: "dp-quantity",
				label: {
					en: "Quantity finished",
					zh: "已完成数量"
				},
				instructions: {
					en: "Finished goods piled up or packed in cartons, so the quantity done so far can be seen; a note with the count in the frame helps.",
					zh: "已完成的成品或已装好的外箱堆放图，要能看出大概数量；最好放一张写着已完成数量的纸一起拍。"
				},
				required: true,
				keywords: [
					"quantity",
					"qty",
					"pile",
					"stock",
					"数量",
					"堆放",
					"已完成"
				]
			})
		]
	},
	{
		id: "builtin-pre-shipment",
		name: {
			en: "Pre-shipment",
			zh: "出货前验货"
		},
		kind: "pre-shipment",
		builtIn: true,
		gate: { label: {
			en: "packing and shipping",
			zh: "装箱出货"
		} },
		shots: [
			shot({
				id: "ps-front",
				label: {
					en: "Product front",
					zh: "产品正面"
				},
				instructions: {
					en: "A finished bulk piece from the front, whole and filling the frame.",
					zh: "大货成品正面整体图，产品占满画面。"
				},
				required: true,
				keywords: [
					"front",
					"正面",
					"整体"
				]
			}),
			shot({
				id: "ps-back",
				label: {
					en: "Product back",
					zh: "产品背面"
				},
				instructions: {
					en: "The same piece from the back, whole.",
					zh: "同一件产品的背面整体图。"
				},
				required: true,
				keywords: [
					"back",
					"rear",
					"背面"
				]
			}),
			shot({
				id: "ps-sides",
				label: {
					en: "Sides and other angles",
					zh: "侧面及其他角度"
				},
				instructions: {
					en: "Both sides, the top and the bottom: one photo per angle.",
					zh: "两个侧面、顶部和底部，每个角度各拍一张。"
				},
				required: true,
				keywords: [
					"side",
					"left",
					"right",
					"top",
					"bottom",
					"angle",
					"侧面",
					"顶部",
					"底部",
					"角度"
				]
			}),
			shot({
				id: "ps-detail",
				label: {
					en: "Workmanship close-up",
					zh: "做工细节近拍"
				},
				instructions: {
					en: "Close-up of stitching, joints or surface finish on a bulk piece.",
					zh: "大货的做工细节近拍：车线、拼接处、表面处理等。"
				},
				required: false,
				keywords: [
					"detail",
					"workmanship",
					"closeup",
					"细节",
					"做工"
				]
			}),
			shot({
				id: "ps-labels",
				label: {
					en: "Labels and barcodes close-up",
					zh: "标签、条码近拍"
				},
				instructions: {
					en: "Close-up of the product labels and barcode stickers; the barcode must be whole and sharp enough to scan.",
					zh: "产品标签和条码贴纸近拍，条码要完整、清晰，能扫得出来。"
				},
				required: true,
				keywords: [
					"label",
					"barcode",
					"ean",
					"upc",
					"sticker",
					"标签",
					"条码",
					"条形码",
					"吊牌",
					"贴纸"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			}),
			shot({
				id: "ps-inner",
				label: {
					en: "Inner pack",
					zh: "内包装"
				},
				instructions: {
					en: "The product in its inner pack (polybag, inner box), with the inner box label visible.",
					zh: "产品装进内包装（胶袋、内盒）后的样子，内盒上的标签要拍到。"
				},
				required: true,
				keywords: [
					"inner",
					"packaging",
					"polybag",
					"内盒",
					"中盒",
					"内包装",
					"胶袋"
				]
			}),
			shot({
				id: "ps-carton",
				label: {
					en: "Outer carton, all sides",
					zh: "外箱六面"
				},
				instructions: {
					en: "The outer carton from all six sides: four sides, top and bottom.",
					zh: "外箱六个面都要拍：四个侧面加顶面、底面。"
				},
				required: true,
				keywords: [
					"carton",
					"outer",
					"master",
					"外箱",
					"纸箱",
					"六面"
				]
			}),
			shot({
				id: "ps-shipping-mark",
				label: {
					en: "Shipping marks close-up",
					zh: "唛头近拍"
				},
				instructions: {
					en: "Close-up of the main and side shipping marks; PO number, carton number, weights and dimensions must be readable.",
					zh: "正唛、侧唛近拍，上面的订单号、箱号、毛净重和尺寸都要看得清。"
				},
				required: true,
				keywords: [
					"shipping mark",
					"mark",
					"marks",
					"唛头",
					"箱唛",
					"正唛",
					"侧唛"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			}),
			shot({
				id: "ps-stacked",
				label: {
					en: "Cartons stacked",
					zh: "整批外箱堆放"
				},
				instructions: {
					en: "All cartons of the order stacked together, so the carton count can be checked.",
					zh: "整批货的外箱堆在一起拍，要能数得出箱数。"
				},
				required: true,
				keywords: [
					"stack",
					"stacked",
					"pallet",
					"quantity",
					"堆放",
					"堆垛",
					"数量"
				]
			}),
			shot({
				id: "ps-opened",
				label: {
					en: "Carton opened",
					zh: "开箱图"
				},
				instructions: {
					en: "One carton opened at random, showing how the products are packed inside.",
					zh: "随机抽一箱打开，拍箱内产品的摆放和包装情况。"
				},
				required: true,
				keywords: [
					"open",
					"opened",
					"contents",
					"开箱",
					"箱内"
				]
			}),
			shot({
				id: "ps-measurement",
				label: {
					en: "Measurement and weight check",
					zh: "尺寸、重量核对"
				},
				instructions: {
					en: "A carton (or product) on the scale and measured with a tape; the readings must be legible.",
					zh: "外箱（或产品）称重、量尺寸，秤和卷尺上的读数要拍清楚。"
				},
				required: false,
				keywords: [
					"measurement",
					"measure",
					"weight",
					"scale",
					"size",
					"尺寸",
					"重量",
					"称重",
					"测量"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			})
		]
	},
	{
		id: "builtin-container-loading",
		name: {
			en: "Container loading",
			zh: "装柜"
		},
		kind: "container-loading",
		builtIn: true,
		gate: { label: {
			en: "sealing the container",
			zh: "封柜"
		} },
		shots: [
			shot({
				id: "cl-empty",
				label: {
					en: "Empty container",
					zh: "空柜"
				},
				instructions: {
					en: "Inside the empty container with the doors open: floor, walls and roof clean, dry and undamaged.",
					zh: "打开柜门拍空柜内部：地板、柜壁、柜顶要干净、干燥，没有破损。"
				},
				required: true,
				keywords: [
					"empty",
					"container",
					"inside",
					"空柜",
					"柜内",
					"货柜"
				]
			}),
			shot({
				id: "cl-number",
				label: {
					en: "Container number close-up",
					zh: "柜号近拍"
				},
				instructions: {
					en: "Close-up of the container number on the door; every letter and digit readable.",
					zh: "柜门上的柜号近拍，每个字母和数字都要看得清。"
				},
				required: true,
				keywords: [
					"container number",
					"number",
					"cntr",
					"柜号"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			}),
			shot({
				id: "cl-layers",
				label: {
					en: "Each layer loaded",
					zh: "每层装柜"
				},
				instructions: {
					en: "One photo each time a layer is loaded (several photos).",
					zh: "每装完一层拍一张（会有多张）。"
				},
				required: true,
				keywords: [
					"layer",
					"loading",
					"层",
					"装柜"
				]
			}),
			shot({
				id: "cl-half",
				label: {
					en: "Half loaded",
					zh: "装到一半"
				},
				instructions: {
					en: "The container about half full, taken from the door.",
					zh: "装到一半左右时，在柜门口拍一张整体。"
				},
				required: false,
				keywords: [
					"half",
					"一半",
					"半柜"
				]
			}),
			shot({
				id: "cl-full",
				label: {
					en: "Fully loaded",
					zh: "装满（最后一层）"
				},
				instructions: {
					en: "The last layer in place and the container full, taken from the door.",
					zh: "最后一层装完、整柜装满后，站在柜门口拍。"
				},
				required: true,
				keywords: [
					"full",
					"last",
					"loaded",
					"装满",
					"最后一层",
					"满柜"
				]
			}),
			shot({
				id: "cl-doors-closed",
				label: {
					en: "Doors closed",
					zh: "关好柜门"
				},
				instructions: {
					en: "Both doors closed, with the container number in the frame.",
					zh: "两扇柜门关好后拍整体，柜号要在画面里。"
				},
				required: true,
				keywords: [
					"door",
					"doors",
					"closed",
					"柜门",
					"关门"
				]
			}),
			shot({
				id: "cl-seal",
				label: {
					en: "Seal number close-up",
					zh: "封条号近拍"
				},
				instructions: {
					en: "Close-up of the seal on the door; the seal number must be readable.",
					zh: "柜门上的封条近拍，封条号要看得清。"
				},
				required: true,
				keywords: [
					"seal",
					"封条",
					"铅封",
					"封号"
				],
				minLongEdge: CLOSE_UP_LONG_EDGE
			})
		]
	}
];
var randomId = () => crypto.randomUUID();
/**
* A new stage for an order from a template. Shots are deep copies with fresh ids, so editing the
* order never touches the template (and two stages from one template never share a shot id).
* `newId` is a parameter so tests get stable ids.
*/
function stageFromTemplate(template, opts, newId = randomId) {
	const stage = {
		id: opts.id,
		kind: template.kind,
		name: { ...template.name },
		shots: template.shots.map((s) => ({
			...s,
			id: newId(),
			label: { ...s.label },
			instructions: { ...s.instructions },
			referencePhotoIds: [...s.referencePhotoIds],
			...s.keywords ? { keywords: [...s.keywords] } : {}
		}))
	};
	if (template.gate) {
		stage.gate = { label: { ...template.gate.label } };
		if (opts.gateDueDate) stage.gate.dueDate = opts.gateDueDate;
	}
	if (opts.dueDate) stage.dueDate = opts.dueDate;
	return stage;
}
// utils/store/sample-data.ts
var day = (offset) => new Date(Date.now() + offset * 864e5).toISOString().slice(0, 10);
function stages(prefix, kinds, gateDueInDays) {
	return kinds.map((kind) => {
		const template = BUILT_IN_TEMPLATES.find((t) => t.kind === kind);
		const due = gateDueInDays[kind];
		let n = 0;
		return stageFromTemplate(template, {
			id: `${prefix}-${kind}`,
			dueDate: due === void 0 ? void 0 : day(due),
			gateDueDate: due === void 0 ? void 0 : day(due)
		}, () => `${prefix}-${kind}-shot-${++n}`);
	});
}
async function loadSampleData(store) {
	if ((await listOrders(store)).length > 0) throw new StoreError("conflict", "Sample data is only loaded into an empty Photo Triage: you already have orders.");
	const bright = await addSupplier(store, {
		company: "Ningbo Bright Lighting Co., Ltd. 宁波明亮照明有限公司",
		contactName: "Amy Chen",
		emails: ["amy@ningbo-bright.cn"],
		domains: ["ningbo-bright.cn"],
		replyLanguages: ["en", "zh-CN"],
		notes: "Lamps, mugs and trays. Amy reads English; the QC team reads Chinese."
	});
	const hengda = await addSupplier(store, {
		company: "Hengda Cups & Glassware 恒达杯业",
		contactName: "Lily Wang",
		emails: ["sales@hengda-cups.com"],
		domains: ["hengda-cups.com"],
		replyLanguages: ["zh-CN", "en"]
	});
	const all = [
		"sample",
		"pre-production",
		"during-production",
		"pre-shipment",
		"container-loading"
	];
	const orders = [
		{
			po: "PO-2026-0412",
			supplierId: bright.id,
			product: "LED desk lamp, matte black",
			quantity: 3e3,
			current: "pre-shipment",
			gates: {
				"pre-shipment": 4,
				"container-loading": 12
			}
		},
		{
			po: "PO-2026-0417",
			supplierId: bright.id,
			product: "Ceramic mug 350 ml, speckled glaze",
			quantity: 6e3,
			current: "during-production",
			gates: { "pre-shipment": 20 }
		},
		{
			po: "PO-2026-0421",
			supplierId: bright.id,
			product: "Bamboo serving tray, large",
			quantity: 1200,
			current: "sample",
			gates: { sample: 6 }
		},
		{
			po: "PO-2026-0430",
			supplierId: hengda.id,
			product: "Glass vase set of 3",
			quantity: 2400,
			current: "container-loading",
			gates: { "container-loading": 2 }
		}
	];
	for (const o of orders) {
		const prefix = o.po.toLowerCase().replace(/[^a-z0-9]/g, "");
		const list = stages(prefix, all, o.gates);
		await addOrder(store, {
			poNumbers: [o.po],
			supplierId: o.supplierId,
			product: o.product,
			quantity: o.quantity,
			stages: list,
			currentStageId: `${prefix}-${o.current}`
		});
	}
	await updateSettings(store, { buyer: {
		name: "Sam Taylor",
		company: "Brightlight Home",
		email: "buyer@brightlight-home.com",
		signature: "Sam Taylor\nSourcing, Brightlight Home"
	} });
	return {
		suppliers: 2,
		orders: orders.length
	};
}
// components/options/Dialog.tsx
/** A modal dialog: focus moves in, Escape and ✕ close it, focus returns where it was. */
function Dialog({ title, onClose, children, wide, testId }) {
	const ref = A(null);
	const titleId = g();
	h(() => {
		const opener = document.activeElement;
		ref.current?.showModal();
		return () => opener?.focus?.();
	}, []);
	return /* @__PURE__ */ u("dialog", {
		ref,
		class: `dialog ${wide ? "dialog-wide" : ""}`,
		"aria-labelledby": titleId,
		onClose,
		"data-testid": testId,
		children: [/* @__PURE__ */ u("header", {
			class: "dialog-head",
			children: [/* @__PURE__ */ u("h2", {
				id: titleId,
				children: title
			}), /* @__PURE__ */ u("button", {
				type: "button",
				class: "icon-button",
				onClick: () => ref.current?.close(),
				"aria-label": "Close",
				children: "✕"
			})]
		}), /* @__PURE__ */ u("div", {
			class: "dialog-body",
			children
		})]
	});
}
/** "Are you sure?" with the consequence spelled out; Enter confirms, Escape cancels. */
function ConfirmDialog({ title, children, confirm, danger, onConfirm, onClose }) {
	return /* @__PURE__ */ u(Dialog, {
		title,
		onClose,
		testId: "confirm",
		children: /* @__PURE__ */ u("form", {
			class: "form",
			onSubmit: async (e) => {
				e.preventDefault();
				await onConfirm();
				onClose();
			},
			children: [/* @__PURE__ */ u("div", {
				class: "confirm-text",
				children
			}), /* @__PURE__ */ u("div", {
				class: "form-actions",
				children: [/* @__PURE__ */ u("button", {
					type: "submit",
					class: `button ${danger ? "danger-solid" : "primary"}`,
					autoFocus: true,
					children: confirm
				}), /* @__PURE__ */ u("button", {
					type: "button",
					class: "button",
					onClick: onClose,
					children: "Cancel"
				})]
			})]
		})
	});
}
// components/options/data.ts
var loadState = y("loading");
var loadError = y("");
var suppliers = y([]);
var orders = y([]);
var templates = y([]);
var settings = y(DEFAULT_SETTINGS);
var photos = y([]);
var references = y(/* @__PURE__ */ new Map());
var today = y(todayLocal());
var suppliersById = O(() => new Map(suppliers.value.map((s) => [s.id, s])));
var ordersById = O(() => new Map(orders.value.map((o) => [o.id, o])));
var byStage = O(() => groupByStage(photos.value));
var nearIndex = O(() => createNearIndex(photos.value, settings.value.thresholds.nearDuplicateBits));
var context = O(() => ({
	byStage: byStage.value,
	near: nearIndex.value,
	thresholds: settings.value.thresholds,
	today: today.value,
	orders: orders.value
}));
/** Every order's checklists: read by the orders list only, so the order page never pays for all 500. */
var summaries = O(() => {
	const ctx = context.value;
	return new Map(orders.value.map((o) => [o.id, summarizeOrder(o, ctx)]));
});
function orderSummary(order) {
	return summarizeOrder(order, context.value);
}
var blobUrls = createBlobUrls();
var photoUrl = (p) => blobUrls.url(p.thumbnail);
var referenceUrl = (id) => blobUrls.url(references.value.get(id)?.blob);
var storeHandle;
var opening;
function getStore() {
	if (storeHandle && !storeHandle.closed) return Promise.resolve(storeHandle);
	opening ??= openStore({ onClosedForUpgrade: () => showError(new StoreError("blocked", "Photo Triage was updated in another tab. Reload this page to keep working.")) }).then((s) => {
		storeHandle = s;
		return s;
	}).finally(() => {
		opening = void 0;
	});
	return opening;
}
async function loadAll() {
	try {
		const store = await getStore();
		const [sup, ord, tpl, set, pho, refs] = await Promise.all([
			listSuppliers(store),
			listOrders(store),
			listTemplates(store),
			getSettings(store),
			listPhotos(store),
			listReferencePhotos(store)
		]);
		blobUrls.revokeAll();
		suppliers.value = sup;
		orders.value = ord;
		templates.value = tpl;
		settings.value = set;
		photos.value = pho;
		references.value = new Map(refs.map((r) => [r.id, r]));
		today.value = todayLocal();
		loadState.value = "ready";
	} catch (e) {
		if (loadState.value === "ready") showError(e);
		else {
			loadError.value = e instanceof Error ? e.message : String(e);
			loadState.value = "failed";
		}
	}
}
/**
* Run a write. A failure is shown (through `onError` when the caller shows it inline, else in the page's
* alert region) and the result is undefined; it never throws.
*/
async function act(write, onError = (e) => showError(e)) {
	try {
		return await write(await getStore());
	} catch (e) {
		onError(e);
		return;
	}
}
var replaceById = (list, item) => {
	return list.findIndex((x) => x.id === item.id) < 0 ? [item, ...list] : list.map((x) => x.id === item.id ? item : x);
};
var putSupplier = (s) => {
	suppliers.value = replaceById(suppliers.value, s).sort((a, b) => a.company.localeCompare(b.company));
};
var putOrder = (o) => {
	orders.value = replaceById(orders.value, o);
};
var putTemplate = (t) => {
	templates.value = replaceById(templates.value, t);
};
var putPhoto = (p) => {
	photos.value = photos.value.map((x) => x.sha256 === p.sha256 ? p : x);
};
async function saveOrder(id, patch) {
	const saved = await act((s) => updateOrder(s, id, patch));
	if (saved) putOrder(saved);
	return saved;
}
async function decide(photo, status) {
	const saved = await act((s) => setPhotoStatus(s, photo.sha256, status));
	if (saved) putPhoto(saved);
}
async function assignPhoto(photo, orderId, stageId, shotId) {
	const saved = await act((s) => setPhotoAssignment(s, photo.sha256, {
		orderId,
		stageId,
		shotId
	}));
	if (saved) putPhoto(saved);
}
/** Stages with one shot changed. */
var withShot = (stages, stageId, shotId, change) => stages.map((st) => st.id === stageId ? {
	...st,
	shots: st.shots.map((sh) => sh.id === shotId ? change(sh) : sh)
} : st);
/** Width and height from the header (HEIC too); refuses what is not an image. */
async function measureReference(file) {
	const report = await analyzePhoto(file, {
		pixels: false,
		hash: false
	});
	if (report.error) throw new StoreError("validation", `${file.name} is not a photo we can read: ${describeError(report.error.code)}`);
	return {
		width: report.width || void 0,
		height: report.height || void 0
	};
}
/** Store the files as reference photos and show them on the shot, in that order. */
async function addReferences(order, stageId, shotId, files) {
	const added = [];
	for (const file of files) {
		const ref = await act(async (s) => addReferencePhoto(s, {
			name: file.name,
			blob: file,
			...await measureReference(file)
		}));
		if (ref) added.push(ref);
	}
	if (!added.length) return;
	references.value = new Map([...references.value, ...added.map((r) => [r.id, r])]);
	const current = ordersById.value.get(order.id) ?? order;
	const ids = added.map((r) => r.id);
	if (!await saveOrder(order.id, { stages: withShot(current.stages, stageId, shotId, (sh) => ({
		...sh,
		referencePhotoIds: [...sh.referencePhotoIds, ...ids]
	})) })) for (const id of ids) await act((s) => deleteReferencePhoto(s, id), () => {});
}
var isReferenced = (id) => orders.value.some((o) => o.stages.some((st) => st.shots.some((sh) => sh.referencePhotoIds.includes(id)))) || templates.value.some((t) => t.shots.some((sh) => sh.referencePhotoIds.includes(id)));
async function removeReference(order, stageId, shotId, id) {
	if (await saveOrder(order.id, { stages: withShot(order.stages, stageId, shotId, (sh) => ({
		...sh,
		referencePhotoIds: sh.referencePhotoIds.filter((r) => r !== id)
	})) }) && !isReferenced(id)) {
		await act((s) => deleteReferencePhoto(s, id));
		const next = new Map(references.value);
		next.delete(id);
		references.value = next;
	}
}
/** When the page comes back into view, pick up what other tabs (Check photos, Gmail) saved meanwhile. */
function reloadWhenShown() {
	const listener = () => {
		if (document.visibilityState === "visible" && loadState.value === "ready") loadAll();
	};
	document.addEventListener("visibilitychange", listener);
	return () => document.removeEventListener("visibilitychange", listener);
}
/**
* After shots or stages were removed from an order: photos that pointed at them keep the order (and the
* stage, if it is still there) but lose the rest, so later writes to them pass the store's checks.
*/
async function detachOrphanedPhotos(order) {
	const stages = new Map(order.stages.map((s) => [s.id, new Set(s.shots.map((sh) => sh.id))]));
	for (const p of photos.value) {
		if (p.orderId !== order.id || p.stageId === void 0) continue;
		const shots = stages.get(p.stageId);
		if (shots && (p.shotId === void 0 || shots.has(p.shotId))) continue;
		const assignment = shots ? {
			orderId: order.id,
			stageId: p.stageId
		} : { orderId: order.id };
		const saved = await act((s) => setPhotoAssignment(s, p.sha256, assignment));
		if (saved) putPhoto(saved);
	}
}
// components/options/BackupPage.tsx
var COUNT_LABELS = [
	[
		"suppliers",
		"supplier",
		"suppliers"
	],
	[
		"orders",
		"order",
		"orders"
	],
	[
		"templates",
		"template",
		"templates"
	],
	[
		"referencePhotos",
		"reference photo",
		"reference photos"
	],
	[
		"photos",
		"checked photo",
		"checked photos"
	],
	[
		"requests",
		"logged request",
		"logged requests"
	]
];
var describeCounts = (c) => COUNT_LABELS.map(([key, one, many]) => `${c[key]} ${c[key] === 1 ? one : many}`).join(", ");
function download(blob, name) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement("a");
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 6e4);
}
function ExportSection() {
	const [busy, setBusy] = d(false);
	return /* @__PURE__ */ u("section", {
		class: "card-form",
		"aria-labelledby": "export-title",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "export-title",
				children: "Export a backup"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "One .zip with everything: suppliers, orders, shot lists, settings, every checked photo’s record and thumbnail, and your reference photos. Keep it somewhere safe, or move it to another browser."
			}),
			/* @__PURE__ */ u("button", {
				type: "button",
				class: "button primary",
				disabled: busy,
				onClick: async () => {
					setBusy(true);
					const blob = await act((s) => exportBackup(s));
					setBusy(false);
					if (!blob) return;
					const name = backupFileName();
					download(blob, name);
					showSuccess(`Backup saved as ${name} (${formatBytes(blob.size)}).`);
				},
				"data-testid": "export-backup",
				children: busy ? "Exporting…" : "Export backup"
			})
		]
	});
}
function ImportSection() {
	const [pending, setPending] = d(null);
	const [error, setError] = d();
	const [busy, setBusy] = d(false);
	return /* @__PURE__ */ u("section", {
		class: "card-form",
		"aria-labelledby": "import-title",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "import-title",
				children: "Import a backup"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "Replaces everything in this browser with the backup’s contents. The file is checked first: a damaged or incomplete backup is refused and your data stays as it is."
			}),
			/* @__PURE__ */ u("label", {
				class: "button",
				children: [busy ? "Reading…" : "Import backup…", /* @__PURE__ */ u("input", {
					type: "file",
					accept: ".zip,application/zip",
					class: "visually-hidden",
					"data-testid": "import-backup",
					disabled: busy,
					onChange: async (e) => {
						const input = e.currentTarget;
						const file = input.files?.[0];
						input.value = "";
						if (!file) return;
						setError(void 0);
						setBusy(true);
						try {
							const { manifest } = await readBackup(file);
							setPending({
								file,
								counts: manifest.counts,
								exportedAt: manifest.exportedAt
							});
						} catch (err) {
							setError(err);
						} finally {
							setBusy(false);
						}
					}
				})]
			}),
			/* @__PURE__ */ u(FormError, { error }),
			pending && /* @__PURE__ */ u(ConfirmDialog, {
				title: "Replace everything with this backup?",
				confirm: "Replace everything",
				danger: true,
				onConfirm: async () => {
					const counts = await act((s) => importBackup(s, pending.file), setError);
					if (!counts) return;
					await loadAll();
					showSuccess(`Backup imported: ${describeCounts(counts)}.`);
				},
				onClose: () => setPending(null),
				children: [/* @__PURE__ */ u("p", { children: [
					/* @__PURE__ */ u("strong", { children: pending.file.name }),
					", exported ",
					pending.exportedAt.slice(0, 16).replace("T", " "),
					" ",
					"UTC, holds ",
					describeCounts(pending.counts),
					"."
				] }), /* @__PURE__ */ u("p", { children: "Everything now in Photo Triage in this browser is replaced. Export a backup first if you may need it." })]
			})
		]
	});
}
function StorageSection() {
	const [usage, setUsage] = d(null);
	const refresh = () => storageUsage().then(setUsage);
	h(() => {
		refresh();
	}, []);
	const pct = usage?.usage !== void 0 && usage.quota ? Math.min(100, usage.usage / usage.quota * 100) : void 0;
	return /* @__PURE__ */ u("section", {
		class: "card-form",
		"aria-labelledby": "storage-title",
		children: [/* @__PURE__ */ u("h2", {
			id: "storage-title",
			children: "Storage"
		}), usage === null ? /* @__PURE__ */ u("p", {
			class: "muted",
			children: "Measuring…"
		}) : /* @__PURE__ */ u(S, { children: [
			/* @__PURE__ */ u("div", {
				class: "storage-bar",
				"aria-hidden": "true",
				children: /* @__PURE__ */ u("span", { style: { width: `${Math.max(pct ?? 0, .5)}%` } })
			}),
			/* @__PURE__ */ u("p", {
				"data-testid": "storage-used",
				children: [
					formatBytes(usage.usage),
					" used of ",
					formatBytes(usage.quota),
					" available",
					pct !== void 0 && ` (${pct < 1 ? "< 1" : Math.round(pct)} %)`,
					"."
				]
			}),
			/* @__PURE__ */ u("p", {
				"data-testid": "storage-persisted",
				children: [
					"Kept when space is low:",
					" ",
					/* @__PURE__ */ u("strong", { children: usage.persisted === void 0 ? "unknown" : usage.persisted ? "yes" : "no" }),
					!usage.persisted && " — the browser may delete Photo Triage’s data when the disk fills up."
				]
			}),
			!usage.persisted && /* @__PURE__ */ u("button", {
				type: "button",
				class: "button",
				onClick: async () => {
					const granted = await requestPersistence();
					await refresh();
					if (granted) showSuccess("The browser will keep Photo Triage’s data when space is low.");
				},
				children: "Keep data when space is low"
			})
		] })]
	});
}
/** For trying Photo Triage before entering real orders: the demo mailbox's suppliers and orders. */
function SampleDataSection() {
	const [busy, setBusy] = d(false);
	return /* @__PURE__ */ u("section", {
		class: "card-form",
		"aria-labelledby": "sample-title",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "sample-title",
				children: "Try it with sample data"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "Two suppliers and four orders with their shot lists, as in the demo mailbox. Only into an empty Photo Triage: nothing you entered is touched."
			}),
			/* @__PURE__ */ u("button", {
				type: "button",
				class: "button",
				disabled: busy,
				"data-testid": "load-sample-data",
				onClick: async () => {
					setBusy(true);
					const loaded = await act((s) => loadSampleData(s));
					setBusy(false);
					if (!loaded) return;
					await loadAll();
					showSuccess(`Sample data loaded: ${loaded.suppliers} suppliers, ${loaded.orders} orders.`);
				},
				children: busy ? "Loading…" : "Load sample data"
			})
		]
	});
}
function BackupPage() {
	return /* @__PURE__ */ u("section", {
		class: "page",
		"aria-labelledby": "page-title",
		children: [/* @__PURE__ */ u("header", {
			class: "page-head",
			children: /* @__PURE__ */ u("h1", {
				id: "page-title",
				tabIndex: -1,
				children: "Backup and storage"
			})
		}), /* @__PURE__ */ u("div", {
			class: "backup-grid",
			children: [
				/* @__PURE__ */ u(ExportSection, {}),
				/* @__PURE__ */ u(ImportSection, {}),
				/* @__PURE__ */ u(StorageSection, {}),
				/* @__PURE__ */ u(SampleDataSection, {})
			]
		})]
	});
}
// components/options/AddStageDialog.tsx
/** Standard stages sit in production order; custom ones go last. */
function insertInOrder(stages, stage) {
	const rank = (s) => {
		const i = STAGE_ORDER.indexOf(s.kind);
		return i < 0 ? STAGE_ORDER.length : i;
	};
	const at = stages.findIndex((s) => rank(s) > rank(stage));
	return at < 0 ? [...stages, stage] : [
		...stages.slice(0, at),
		stage,
		...stages.slice(at)
	];
}
function AddStageDialog({ order, onAdded, onClose }) {
	const choices = [...BUILT_IN_TEMPLATES, ...templates.value];
	const used = new Set(order.stages.map((s) => s.kind));
	const [templateId, setTemplateId] = d((choices.find((t) => !used.has(t.kind)) ?? choices[0])?.id ?? "");
	const [dueDate, setDueDate] = d("");
	const [gateDueDate, setGateDueDate] = d("");
	const [makeCurrent, setMakeCurrent] = d(order.stages.length === 0);
	const template = choices.find((t) => t.id === templateId);
	return /* @__PURE__ */ u(Dialog, {
		title: "Add a stage",
		onClose,
		testId: "add-stage",
		children: /* @__PURE__ */ u("form", {
			class: "form",
			onSubmit: async (e) => {
				e.preventDefault();
				if (!template) return;
				const stage = stageFromTemplate(template, {
					id: crypto.randomUUID(),
					dueDate: dueDate || void 0,
					gateDueDate: gateDueDate || void 0
				});
				if (await saveOrder(order.id, {
					stages: insertInOrder(order.stages, stage),
					...makeCurrent ? { currentStageId: stage.id } : {}
				})) onAdded(stage.id);
			},
			children: [
				/* @__PURE__ */ u("label", {
					class: "field",
					children: [/* @__PURE__ */ u("span", { children: "Shot list" }), /* @__PURE__ */ u("select", {
						value: templateId,
						onChange: (e) => setTemplateId(e.currentTarget.value),
						children: choices.map((t) => /* @__PURE__ */ u("option", {
							value: t.id,
							children: [
								t.name.en,
								" · ",
								t.name.zh,
								" (",
								t.shots.length,
								" shots)",
								t.builtIn ? "" : " — yours"
							]
						}, t.id))
					})]
				}),
				/* @__PURE__ */ u("div", {
					class: "form-grid",
					children: [/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Stage due" }), /* @__PURE__ */ u("input", {
							type: "date",
							value: dueDate,
							onInput: (e) => setDueDate(e.currentTarget.value)
						})]
					}), /* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: template?.gate ? `Gate due (before ${template.gate.label.en})` : "Gate due (no gate)" }), /* @__PURE__ */ u("input", {
							type: "date",
							value: gateDueDate,
							disabled: !template?.gate,
							onInput: (e) => setGateDueDate(e.currentTarget.value)
						})]
					})]
				}),
				/* @__PURE__ */ u("label", {
					class: "check",
					children: [/* @__PURE__ */ u("input", {
						type: "checkbox",
						checked: makeCurrent,
						onChange: (e) => setMakeCurrent(e.currentTarget.checked)
					}), /* @__PURE__ */ u("span", { children: "Make it the current stage" })]
				}),
				/* @__PURE__ */ u("div", {
					class: "form-actions",
					children: /* @__PURE__ */ u("button", {
						type: "submit",
						class: "button primary",
						children: "Add stage"
					})
				})
			]
		})
	});
}
// components/options/labels.ts
var ORDER_STATUS_LABEL = {
	open: "Open",
	"on-hold": "On hold",
	shipped: "Shipped",
	closed: "Closed"
};
var ORDER_STATUSES = Object.keys(ORDER_STATUS_LABEL);
var STAGE_KIND_LABEL = {
	sample: "Sample",
	"pre-production": "Pre-production",
	"during-production": "During production",
	"pre-shipment": "Pre-shipment",
	"container-loading": "Container loading",
	custom: "Custom"
};
/** "a, b\nc" → ["a", "b", "c"]: lists typed by hand, comma or newline separated, blanks dropped. */
function splitList(text) {
	return [...new Set(text.split(/[,;\n，；]/).map((s) => s.trim()).filter(Boolean))];
}
// components/options/OrderDetailsDialog.tsx
/** PO numbers, supplier, product, quantity and notes of an order. */
function OrderDetailsDialog({ order, onClose }) {
	const [po, setPo] = d(order.poNumbers.join(", "));
	const [supplierId, setSupplierId] = d(order.supplierId);
	const [product, setProduct] = d(order.product);
	const [quantity, setQuantity] = d(order.quantity === void 0 ? "" : String(order.quantity));
	const [notes, setNotes] = d(order.notes ?? "");
	const [error, setError] = d();
	return /* @__PURE__ */ u(Dialog, {
		title: "Order details",
		onClose,
		testId: "order-details",
		children: /* @__PURE__ */ u("form", {
			class: "form",
			onSubmit: async (e) => {
				e.preventDefault();
				const poNumbers = splitList(po);
				if (!poNumbers.length) return setError(/* @__PURE__ */ new Error("Enter at least one PO number."));
				const saved = await act((s) => updateOrder(s, order.id, {
					poNumbers,
					supplierId,
					product: product.trim(),
					quantity: quantity.trim() === "" ? void 0 : Number(quantity),
					notes: notes.trim() || void 0
				}), setError);
				if (!saved) return;
				putOrder(saved);
				onClose();
			},
			children: [
				/* @__PURE__ */ u("label", {
					class: "field",
					children: [/* @__PURE__ */ u("span", { children: "PO number(s)" }), /* @__PURE__ */ u("input", {
						type: "text",
						required: true,
						value: po,
						onInput: (e) => setPo(e.currentTarget.value)
					})]
				}),
				/* @__PURE__ */ u("label", {
					class: "field",
					children: [/* @__PURE__ */ u("span", { children: "Supplier" }), /* @__PURE__ */ u("select", {
						value: supplierId,
						onChange: (e) => setSupplierId(e.currentTarget.value),
						children: suppliers.value.map((s) => /* @__PURE__ */ u("option", {
							value: s.id,
							children: s.company
						}, s.id))
					})]
				}),
				/* @__PURE__ */ u("div", {
					class: "form-grid",
					children: [/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Product" }), /* @__PURE__ */ u("input", {
							type: "text",
							value: product,
							onInput: (e) => setProduct(e.currentTarget.value)
						})]
					}), /* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Quantity" }), /* @__PURE__ */ u("input", {
							type: "number",
							min: 0,
							step: 1,
							value: quantity,
							onInput: (e) => setQuantity(e.currentTarget.value)
						})]
					})]
				}),
				/* @__PURE__ */ u("label", {
					class: "field",
					children: [/* @__PURE__ */ u("span", { children: "Notes" }), /* @__PURE__ */ u("textarea", {
						rows: 3,
						value: notes,
						onInput: (e) => setNotes(e.currentTarget.value)
					})]
				}),
				/* @__PURE__ */ u(FormError, { error }),
				/* @__PURE__ */ u("div", {
					class: "form-actions",
					children: [/* @__PURE__ */ u("button", {
						type: "submit",
						class: "button primary",
						children: "Save"
					}), /* @__PURE__ */ u("button", {
						type: "button",
						class: "button",
						onClick: onClose,
						children: "Cancel"
					})]
				})
			]
		})
	});
}
// components/options/router.ts
function parseRoute(hash) {
	const [page, id] = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map((p) => decodeURIComponent(p));
	switch (page) {
		case "orders":
			if (id === "new") return {
				page: "orders",
				newOrder: true
			};
			return id ? {
				page: "order",
				id
			} : { page: "orders" };
		case "suppliers": return id ? {
			page: "suppliers",
			id
		} : { page: "suppliers" };
		case "templates": return id ? {
			page: "templates",
			id
		} : { page: "templates" };
		case "settings": return { page: "settings" };
		case "backup": return { page: "backup" };
		default: return { page: "orders" };
	}
}
function routeHref(route) {
	switch (route.page) {
		case "orders": return route.newOrder ? "#/orders/new" : "#/orders";
		case "order": return `#/orders/${encodeURIComponent(route.id)}`;
		case "suppliers":
		case "templates": return route.id ? `#/${route.page}/${encodeURIComponent(route.id)}` : `#/${route.page}`;
		default: return `#/${route.page}`;
	}
}
var route = y({ page: "orders" });
function navigate(to) {
	const hash = routeHref(to);
	if (location.hash === hash) route.value = to;
	else location.hash = hash;
}
/** Follow the address bar; returns the unsubscribe. */
function startRouter(onChange) {
	route.value = parseRoute(location.hash);
	const listener = () => {
		route.value = parseRoute(location.hash);
		onChange?.();
	};
	window.addEventListener("hashchange", listener);
	return () => window.removeEventListener("hashchange", listener);
}
// components/options/PhotoDialog.tsx
var SOURCE = {
	gmail: "Gmail",
	outlook: "Outlook",
	dropped: "Check photos"
};
/** Everything known about one received photo: measurements, findings, and where it came from. */
function PhotoDialog({ photo, findings, url, onClose }) {
	const name = photo.origins.at(-1)?.fileName ?? photo.sha256;
	return /* @__PURE__ */ u(Dialog, {
		title: name,
		onClose,
		wide: true,
		testId: "photo-details",
		children: [
			/* @__PURE__ */ u("div", {
				class: "photo-dialog",
				children: [url && /* @__PURE__ */ u("img", {
					class: "photo-dialog-img",
					src: url,
					alt: `Preview of ${name}`
				}), /* @__PURE__ */ u(PhotoFactList, {
					report: photo.report,
					verdict: verdictOf(findings, photo.report.error)
				})]
			}),
			/* @__PURE__ */ u(FindingList, {
				findings,
				done: true
			}),
			/* @__PURE__ */ u("h3", {
				class: "section-title",
				children: "Received"
			}),
			/* @__PURE__ */ u("ul", {
				class: "origins",
				children: photo.origins.map((o) => /* @__PURE__ */ u("li", { children: [
					o.receivedAt.slice(0, 16).replace("T", " "),
					" · ",
					SOURCE[o.source],
					" · ",
					o.fileName,
					o.sender ? ` · from ${o.sender}` : ""
				] }, `${o.source}${o.messageId ?? ""}${o.fileName}${o.receivedAt}`))
			}),
			/* @__PURE__ */ u("p", {
				class: "muted mono",
				children: ["SHA-256 ", photo.sha256]
			})
		]
	});
}
// components/options/ShotListEditor.tsx
var newShot = () => ({
	id: crypto.randomUUID(),
	label: {
		en: "",
		zh: ""
	},
	instructions: {
		en: "",
		zh: ""
	},
	required: true,
	referencePhotoIds: []
});
function move(list, from, to) {
	if (to < 0 || to >= list.length) return list;
	const next = [...list];
	const [item] = next.splice(from, 1);
	next.splice(to, 0, item);
	return next;
}
function ShotFields({ shot, index, count, photos, onChange, onMove, onRemove }) {
	const name = shot.label.en || `shot ${index + 1}`;
	return /* @__PURE__ */ u("li", {
		class: "shot-edit",
		"data-shot-id": shot.id,
		children: [
			/* @__PURE__ */ u("span", {
				class: "shot-edit-num",
				"aria-hidden": "true",
				children: index + 1
			}),
			/* @__PURE__ */ u("div", {
				class: "shot-edit-grid",
				children: [
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Label (English)" }), /* @__PURE__ */ u("input", {
							type: "text",
							required: true,
							value: shot.label.en,
							onInput: (e) => onChange({
								...shot,
								label: {
									...shot.label,
									en: e.currentTarget.value
								}
							}),
							"data-field": "label-en"
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Label (中文)" }), /* @__PURE__ */ u("input", {
							type: "text",
							lang: "zh-CN",
							value: shot.label.zh,
							onInput: (e) => onChange({
								...shot,
								label: {
									...shot.label,
									zh: e.currentTarget.value
								}
							})
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Instructions (English)" }), /* @__PURE__ */ u("textarea", {
							rows: 2,
							value: shot.instructions.en,
							onInput: (e) => onChange({
								...shot,
								instructions: {
									...shot.instructions,
									en: e.currentTarget.value
								}
							})
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Instructions (中文)" }), /* @__PURE__ */ u("textarea", {
							rows: 2,
							lang: "zh-CN",
							value: shot.instructions.zh,
							onInput: (e) => onChange({
								...shot,
								instructions: {
									...shot.instructions,
									zh: e.currentTarget.value
								}
							})
						})]
					})
				]
			}),
			/* @__PURE__ */ u("div", {
				class: "shot-edit-options",
				children: [/* @__PURE__ */ u("label", {
					class: "check",
					children: [/* @__PURE__ */ u("input", {
						type: "checkbox",
						checked: shot.required,
						onChange: (e) => onChange({
							...shot,
							required: e.currentTarget.checked
						})
					}), /* @__PURE__ */ u("span", { children: "Required" })]
				}), /* @__PURE__ */ u("label", {
					class: "field",
					children: [/* @__PURE__ */ u("span", { children: "Min. long edge, px" }), /* @__PURE__ */ u("input", {
						type: "number",
						min: 1,
						step: 1,
						value: shot.minLongEdge ?? "",
						placeholder: "default",
						onInput: (e) => {
							const v = e.currentTarget.value;
							const { minLongEdge: _, ...rest } = shot;
							onChange(v === "" ? rest : {
								...rest,
								minLongEdge: Math.max(1, Math.round(Number(v)))
							});
						}
					})]
				})]
			}),
			/* @__PURE__ */ u("div", {
				class: "shot-edit-actions",
				children: [
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "icon-button",
						disabled: index === 0,
						onClick: () => onMove(index - 1),
						"aria-label": `Move ${name} up`,
						children: "↑"
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "icon-button",
						disabled: index === count - 1,
						onClick: () => onMove(index + 1),
						"aria-label": `Move ${name} down`,
						children: "↓"
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "icon-button danger",
						onClick: onRemove,
						"aria-label": `Remove ${name}`,
						title: photos ? `${photos} photo(s) of this shot will become unassigned` : "Remove",
						children: "✕"
					})
				]
			})
		]
	});
}
/** Add, edit, reorder and remove the shots of a stage or template. Edits a draft; the caller saves. */
function ShotListEditor({ shots, onChange, focusShotId, photoCounts }) {
	const list = A(null);
	const [focusId, setFocusId] = d(focusShotId);
	h(() => {
		if (!focusId) return;
		const input = list.current?.querySelector(`[data-shot-id="${CSS.escape(focusId)}"] [data-field=label-en]`);
		input?.focus();
		input?.scrollIntoView({ block: "center" });
		setFocusId(void 0);
	}, [focusId]);
	return /* @__PURE__ */ u("div", {
		class: "shot-editor",
		children: [/* @__PURE__ */ u("ol", {
			ref: list,
			class: "shot-edit-list",
			children: shots.map((shot, i) => /* @__PURE__ */ u(ShotFields, {
				shot,
				index: i,
				count: shots.length,
				photos: photoCounts?.get(shot.id) ?? 0,
				onChange: (s) => onChange(shots.map((x) => x.id === s.id ? s : x)),
				onMove: (to) => onChange(move(shots, i, to)),
				onRemove: () => onChange(shots.filter((x) => x.id !== shot.id))
			}, shot.id))
		}), /* @__PURE__ */ u("button", {
			type: "button",
			class: "button",
			onClick: () => {
				const shot = newShot();
				onChange([...shots, shot]);
				setFocusId(shot.id);
			},
			children: "＋ Add shot"
		})]
	});
}
// components/options/StageEditor.tsx
/** A stage of an order: its name, dates, gate and shot list, edited as a draft and saved at once. */
function StageEditor({ stage, focusShotId, photoCounts, canRemove, onSave, onCancel, onRemove }) {
	const [draft, setDraft] = d(stage);
	const [busy, setBusy] = d(false);
	const set = (patch) => setDraft({
		...draft,
		...patch
	});
	return /* @__PURE__ */ u("form", {
		class: "form stage-editor",
		"aria-label": `Edit stage ${stage.name.en}`,
		onSubmit: async (e) => {
			e.preventDefault();
			setBusy(true);
			const ok = await onSave(draft);
			setBusy(false);
			if (ok) onCancel();
		},
		onKeyDown: (e) => {
			if (e.key === "Escape" && !(e.target instanceof HTMLSelectElement)) {
				e.preventDefault();
				onCancel();
			}
		},
		children: [
			/* @__PURE__ */ u("div", {
				class: "form-grid four",
				children: [
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Stage name (English)" }), /* @__PURE__ */ u("input", {
							type: "text",
							required: true,
							value: draft.name.en,
							onInput: (e) => set({ name: {
								...draft.name,
								en: e.currentTarget.value
							} })
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Stage name (中文)" }), /* @__PURE__ */ u("input", {
							type: "text",
							lang: "zh-CN",
							value: draft.name.zh,
							onInput: (e) => set({ name: {
								...draft.name,
								zh: e.currentTarget.value
							} })
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Stage due" }), /* @__PURE__ */ u("input", {
							type: "date",
							value: draft.dueDate ?? "",
							onInput: (e) => {
								const { dueDate: _, ...rest } = draft;
								const v = e.currentTarget.value;
								setDraft(v ? {
									...rest,
									dueDate: v
								} : rest);
							}
						})]
					}),
					draft.gate ? /* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", {
							title: `Before ${draft.gate.label.en}`,
							children: "Gate due"
						}), /* @__PURE__ */ u("input", {
							type: "date",
							value: draft.gate.dueDate ?? "",
							onInput: (e) => {
								const { dueDate: _, ...gate } = draft.gate;
								const v = e.currentTarget.value;
								set({ gate: v ? {
									...gate,
									dueDate: v
								} : gate });
							}
						})]
					}) : /* @__PURE__ */ u("span", {}),
					draft.gate && /* @__PURE__ */ u(S, { children: [/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Gate: before… (English)" }), /* @__PURE__ */ u("input", {
							type: "text",
							value: draft.gate.label.en,
							placeholder: "cutting fabric",
							onInput: (e) => set({ gate: {
								...draft.gate,
								label: {
									...draft.gate.label,
									en: e.currentTarget.value
								}
							} })
						})]
					}), /* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Gate: …前 (中文)" }), /* @__PURE__ */ u("input", {
							type: "text",
							lang: "zh-CN",
							value: draft.gate.label.zh,
							placeholder: "裁布",
							onInput: (e) => set({ gate: {
								...draft.gate,
								label: {
									...draft.gate.label,
									zh: e.currentTarget.value
								}
							} })
						})]
					})] })
				]
			}),
			/* @__PURE__ */ u("h3", {
				class: "section-title",
				children: "Shots"
			}),
			/* @__PURE__ */ u(ShotListEditor, {
				shots: draft.shots,
				onChange: (shots) => set({ shots }),
				focusShotId,
				photoCounts
			}),
			/* @__PURE__ */ u("div", {
				class: "form-actions",
				children: [
					/* @__PURE__ */ u("button", {
						type: "submit",
						class: "button primary",
						disabled: busy,
						children: busy ? "Saving…" : "Save stage"
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "button",
						onClick: onCancel,
						children: "Cancel"
					}),
					canRemove && /* @__PURE__ */ u("button", {
						type: "button",
						class: "button danger push-right",
						onClick: onRemove,
						children: "Remove stage…"
					})
				]
			})
		]
	});
}
// components/options/StagePanel.tsx
var checkPageHref = (order, stage) => `check.html?order=${encodeURIComponent(order.id)}&stage=${encodeURIComponent(stage.id)}`;
/** One stage of an order: its gate, its checklist with photos and references, or its editor. */
function StagePanel({ order, summary }) {
	const { stage, checklist } = summary;
	const [editing, setEditing] = d(null);
	const [openSha, setOpenSha] = d(null);
	const [removing, setRemoving] = d(false);
	const isCurrent = order.currentStageId === stage.id;
	const all = [...checklist.shots.flatMap((r) => r.photos), ...checklist.unassigned];
	const open = openSha ? all.find((p) => p.sha256 === openSha) : void 0;
	async function saveStage(draft) {
		const saved = await saveOrder(order.id, { stages: order.stages.map((s) => s.id === draft.id ? draft : s) });
		if (saved) await detachOrphanedPhotos(saved);
		return Boolean(saved);
	}
	async function removeStage() {
		const stages = order.stages.filter((s) => s.id !== stage.id);
		const currentStageId = isCurrent ? stages[0]?.id ?? "" : order.currentStageId;
		const saved = await saveOrder(order.id, {
			stages,
			currentStageId
		});
		if (saved) await detachOrphanedPhotos(saved);
	}
	return /* @__PURE__ */ u("div", {
		class: "stage-panel",
		children: [
			/* @__PURE__ */ u("div", {
				class: "stage-toolbar",
				children: [/* @__PURE__ */ u(GateLine, {
					stage,
					gate: checklist.gate
				}), /* @__PURE__ */ u("div", {
					class: "stage-actions",
					children: [
						!isCurrent && /* @__PURE__ */ u("button", {
							type: "button",
							class: "button",
							onClick: () => saveOrder(order.id, { currentStageId: stage.id }),
							children: "Set as current stage"
						}),
						!editing && /* @__PURE__ */ u("button", {
							type: "button",
							class: "button",
							onClick: () => setEditing({}),
							children: "Edit stage and shots"
						}),
						/* @__PURE__ */ u("a", {
							class: "button",
							href: checkPageHref(order, stage),
							target: "_blank",
							rel: "noopener",
							children: "Check photos for this stage ↗"
						})
					]
				})]
			}),
			editing ? /* @__PURE__ */ u(StageEditor, {
				stage,
				focusShotId: editing.focusShotId,
				photoCounts: new Map(checklist.shots.map((r) => [r.shot.id, r.photos.length])),
				canRemove: order.stages.length > 0,
				onSave: saveStage,
				onCancel: () => setEditing(null),
				onRemove: () => setRemoving(true)
			}) : /* @__PURE__ */ u(ChecklistView, {
				checklist,
				stage,
				hideGate: true,
				photoUrl,
				referenceUrl,
				onAccept: (p) => decide(p, { state: "accepted" }),
				onReject: (p, reason) => decide(p, {
					state: "rejected",
					reason
				}),
				onUndo: (p) => decide(p, { state: "pending" }),
				onOpen: (p) => setOpenSha(p.sha256),
				onAddReferences: (shot, files) => addReferences(order, stage.id, shot.id, files),
				onRemoveReference: (shot, id) => removeReference(order, stage.id, shot.id, id),
				onEditShot: (shot) => setEditing({ focusShotId: shot.id }),
				onAssign: (p, shotId) => assignPhoto(p, order.id, stage.id, shotId)
			}),
			open && /* @__PURE__ */ u(PhotoDialog, {
				photo: open,
				findings: checklist.findings[open.sha256] ?? open.report.findings,
				url: photoUrl(open),
				onClose: () => setOpenSha(null)
			}),
			removing && /* @__PURE__ */ u(ConfirmDialog, {
				title: `Remove the stage “${stage.name.en}”?`,
				confirm: "Remove stage",
				danger: true,
				onConfirm: async () => {
					await removeStage();
					setEditing(null);
				},
				onClose: () => setRemoving(false),
				children: /* @__PURE__ */ u("p", { children: [
					"Its shot list goes. Its ",
					all.length,
					" photo",
					all.length === 1 ? "" : "s",
					" stay with the order, without a stage."
				] })
			})
		]
	});
}
// components/options/OrderPage.tsx
var numberFormat = new Intl.NumberFormat("en");
function OrderHeader({ order }) {
	const [editing, setEditing] = d(false);
	const [deleting, setDeleting] = d(false);
	const supplier = suppliersById.value.get(order.supplierId);
	return /* @__PURE__ */ u("header", {
		class: "order-head",
		children: [
			/* @__PURE__ */ u("div", {
				class: "order-title",
				children: [
					/* @__PURE__ */ u("h1", {
						id: "page-title",
						tabIndex: -1,
						children: order.poNumbers.join(" · ")
					}),
					/* @__PURE__ */ u("p", {
						class: "order-meta",
						children: [
							supplier ? /* @__PURE__ */ u("a", {
								href: routeHref({
									page: "suppliers",
									id: supplier.id
								}),
								children: supplier.company
							}) : /* @__PURE__ */ u("span", {
								class: "muted",
								children: "Unknown supplier"
							}),
							order.product && /* @__PURE__ */ u("span", { children: [" · ", order.product] }),
							order.quantity !== void 0 && /* @__PURE__ */ u("span", { children: [
								" · ",
								numberFormat.format(order.quantity),
								" pcs"
							] })
						]
					}),
					order.notes && /* @__PURE__ */ u("p", {
						class: "order-notes",
						children: order.notes
					})
				]
			}),
			/* @__PURE__ */ u("div", {
				class: "order-actions",
				children: [
					/* @__PURE__ */ u("label", {
						class: "field inline",
						children: [/* @__PURE__ */ u("span", { children: "Status" }), /* @__PURE__ */ u("select", {
							value: order.status,
							onChange: (e) => saveOrder(order.id, { status: e.currentTarget.value }),
							"data-testid": "order-status",
							children: ORDER_STATUSES.map((s) => /* @__PURE__ */ u("option", {
								value: s,
								children: ORDER_STATUS_LABEL[s]
							}, s))
						})]
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "button",
						onClick: () => setEditing(true),
						children: "Edit details"
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "button quiet danger",
						onClick: () => setDeleting(true),
						children: "Delete…"
					})
				]
			}),
			editing && /* @__PURE__ */ u(OrderDetailsDialog, {
				order,
				onClose: () => setEditing(false)
			}),
			deleting && /* @__PURE__ */ u(ConfirmDialog, {
				title: `Delete order ${order.poNumbers[0]}?`,
				confirm: "Delete order",
				danger: true,
				onConfirm: async () => {
					if (await act((s) => deleteOrder(s, order.id)) === void 0) return;
					navigate({ page: "orders" });
					await loadAll();
				},
				onClose: () => setDeleting(false),
				children: /* @__PURE__ */ u("p", { children: "The order, its stages and shot lists, and its request log are deleted. Its photos stay in Photo Triage (they reveal reused photos later) but are no longer assigned." })
			})
		]
	});
}
function StageTabs({ order, selected, onSelect, onAdd, counts }) {
	const ids = order.stages.map((s) => s.id);
	const keyNav = (e) => {
		const i = ids.indexOf(selected);
		const to = e.key === "ArrowRight" ? ids[(i + 1) % ids.length] : e.key === "ArrowLeft" ? ids[(i - 1 + ids.length) % ids.length] : e.key === "Home" ? ids[0] : e.key === "End" ? ids.at(-1) : void 0;
		if (!to) return;
		e.preventDefault();
		onSelect(to);
		document.getElementById(`tab-${to}`)?.focus();
	};
	return /* @__PURE__ */ u("div", {
		class: "tabs-row",
		children: [/* @__PURE__ */ u("div", {
			role: "tablist",
			"aria-label": "Stages",
			class: "tabs",
			onKeyDown: keyNav,
			children: order.stages.map((s) => {
				const isSelected = s.id === selected;
				return /* @__PURE__ */ u("button", {
					type: "button",
					role: "tab",
					id: `tab-${s.id}`,
					"aria-selected": isSelected,
					"aria-controls": "stage-panel",
					tabIndex: isSelected ? 0 : -1,
					class: `tab ${isSelected ? "selected" : ""}`,
					onClick: () => onSelect(s.id),
					"data-stage-id": s.id,
					children: [/* @__PURE__ */ u("span", {
						class: "tab-name",
						children: [s.name.en, order.currentStageId === s.id && /* @__PURE__ */ u("span", {
							class: "tab-current",
							children: "Current"
						})]
					}), /* @__PURE__ */ u("span", {
						class: "tab-sub",
						children: [/* @__PURE__ */ u("span", {
							lang: "zh-CN",
							children: s.name.zh
						}), /* @__PURE__ */ u("span", {
							class: "tab-count",
							title: "Required shots accepted",
							children: counts.get(s.id)
						})]
					})]
				}, s.id);
			})
		}), /* @__PURE__ */ u("button", {
			type: "button",
			class: "button quiet",
			onClick: onAdd,
			children: "＋ Add stage"
		})]
	});
}
function OrderPage({ id }) {
	const order = ordersById.value.get(id);
	const [picked, setPicked] = d(null);
	const [adding, setAdding] = d(false);
	if (!order) return /* @__PURE__ */ u("section", {
		class: "page",
		children: [/* @__PURE__ */ u("h1", {
			id: "page-title",
			tabIndex: -1,
			children: loadState.value === "loading" ? "Loading…" : "Order not found"
		}), loadState.value !== "loading" && /* @__PURE__ */ u("p", { children: [
			"It may have been deleted in another tab.",
			" ",
			/* @__PURE__ */ u("a", {
				href: routeHref({ page: "orders" }),
				children: "Back to orders"
			})
		] })]
	});
	const summary = orderSummary(order);
	const stageId = picked && order.stages.some((s) => s.id === picked) ? picked : (summary.current ?? summary.stages[0])?.stage.id;
	const shown = summary.stages.find((s) => s.stage.id === stageId);
	const counts = new Map(summary.stages.map((s) => [s.stage.id, `${s.checklist.counts.requiredAccepted}/${s.checklist.counts.required}`]));
	return /* @__PURE__ */ u("section", {
		class: "page order-page",
		"aria-labelledby": "page-title",
		children: [
			/* @__PURE__ */ u("nav", {
				class: "breadcrumb",
				"aria-label": "Breadcrumb",
				children: [
					/* @__PURE__ */ u("a", {
						href: routeHref({ page: "orders" }),
						children: "Orders"
					}),
					" ",
					/* @__PURE__ */ u("span", {
						"aria-hidden": "true",
						children: "/"
					}),
					" ",
					/* @__PURE__ */ u("span", { children: order.poNumbers[0] })
				]
			}),
			/* @__PURE__ */ u(OrderHeader, { order }),
			/* @__PURE__ */ u(StageTabs, {
				order,
				selected: stageId ?? "",
				onSelect: setPicked,
				onAdd: () => setAdding(true),
				counts
			}),
			/* @__PURE__ */ u("div", {
				role: "tabpanel",
				id: "stage-panel",
				"aria-labelledby": stageId ? `tab-${stageId}` : void 0,
				children: shown ? /* @__PURE__ */ u(StagePanel, {
					order,
					summary: shown
				}, shown.stage.id) : /* @__PURE__ */ u("div", {
					class: "empty",
					children: [/* @__PURE__ */ u("p", { children: "This order has no stages yet. Add one from a shot-list template." }), /* @__PURE__ */ u("button", {
						type: "button",
						class: "button primary",
						onClick: () => setAdding(true),
						children: "Add a stage"
					})]
				})
			}),
			adding && /* @__PURE__ */ u(AddStageDialog, {
				order,
				onAdded: (sid) => {
					setAdding(false);
					setPicked(sid);
				},
				onClose: () => setAdding(false)
			})
		]
	});
}
// components/options/hooks.ts
/** The value, once it has stopped changing for `ms` (search boxes over hundreds of rows). */
function useDebounced(value, ms) {
	const [settled, setSettled] = d(value);
	h(() => {
		const timer = setTimeout(() => setSettled(value), ms);
		return () => clearTimeout(timer);
	}, [value, ms]);
	return settled;
}
// components/options/NewOrderDialog.tsx
var NEW_SUPPLIER = "__new";
function StagePicker({ template, pick, onChange }) {
	const name = template.name.en;
	return /* @__PURE__ */ u("tr", {
		class: pick.checked ? "" : "unpicked",
		"data-template-id": template.id,
		children: [
			/* @__PURE__ */ u("td", { children: /* @__PURE__ */ u("label", {
				class: "check",
				children: [/* @__PURE__ */ u("input", {
					type: "checkbox",
					checked: pick.checked,
					onChange: (e) => onChange({
						...pick,
						checked: e.currentTarget.checked
					})
				}), /* @__PURE__ */ u("span", { children: [
					name,
					" ",
					/* @__PURE__ */ u("span", {
						class: "muted zh",
						children: template.name.zh
					}),
					!template.builtIn && /* @__PURE__ */ u("span", {
						class: "tag",
						children: "yours"
					})
				] })]
			}) }),
			/* @__PURE__ */ u("td", {
				class: "num muted",
				children: template.shots.length
			}),
			/* @__PURE__ */ u("td", { children: /* @__PURE__ */ u("input", {
				type: "date",
				"aria-label": `${name}: stage due`,
				value: pick.dueDate,
				disabled: !pick.checked,
				onInput: (e) => onChange({
					...pick,
					dueDate: e.currentTarget.value
				})
			}) }),
			/* @__PURE__ */ u("td", { children: template.gate ? /* @__PURE__ */ u("input", {
				type: "date",
				"aria-label": `${name}: gate due (before ${template.gate.label.en})`,
				title: `Before ${template.gate.label.en}`,
				value: pick.gateDueDate,
				disabled: !pick.checked,
				onInput: (e) => onChange({
					...pick,
					gateDueDate: e.currentTarget.value
				})
			}) : /* @__PURE__ */ u("span", {
				class: "muted",
				children: "no gate"
			}) })
		]
	});
}
/** A new order: PO numbers, supplier (or a new one), product, and the stages it goes through. */
function NewOrderDialog({ onClose }) {
	const choices = [...BUILT_IN_TEMPLATES, ...templates.value];
	const [po, setPo] = d("");
	const [supplierId, setSupplierId] = d(suppliers.value.length ? "" : NEW_SUPPLIER);
	const [company, setCompany] = d("");
	const [emails, setEmails] = d("");
	const [domains, setDomains] = d("");
	const [product, setProduct] = d("");
	const [quantity, setQuantity] = d("");
	const [picks, setPicks] = d(() => Object.fromEntries(choices.map((t) => [t.id, {
		checked: false,
		dueDate: "",
		gateDueDate: ""
	}])));
	const [current, setCurrent] = d("");
	const [error, setError] = d();
	const [busy, setBusy] = d(false);
	const picked = choices.filter((t) => picks[t.id]?.checked);
	const currentId = picked.some((t) => t.id === current) ? current : picked[0]?.id ?? "";
	async function submit(e) {
		e.preventDefault();
		const poNumbers = splitList(po);
		if (!poNumbers.length) return setError(/* @__PURE__ */ new Error("Enter at least one PO number."));
		if (!supplierId) return setError(/* @__PURE__ */ new Error("Choose the supplier, or add a new one."));
		if (!picked.length) return setError(/* @__PURE__ */ new Error("Tick at least one stage the order goes through."));
		setBusy(true);
		setError(void 0);
		let sid = supplierId;
		if (sid === NEW_SUPPLIER) {
			const created = await act((s) => addSupplier(s, {
				company,
				emails: splitList(emails),
				domains: splitList(domains),
				replyLanguages: ["en", "zh-CN"]
			}), setError);
			if (!created) return setBusy(false);
			putSupplier(created);
			setSupplierId(created.id);
			sid = created.id;
		}
		const ids = new Map(picked.map((t) => [t.id, crypto.randomUUID()]));
		const stages = picked.map((t) => stageFromTemplate(t, {
			id: ids.get(t.id),
			dueDate: picks[t.id].dueDate || void 0,
			gateDueDate: picks[t.id].gateDueDate || void 0
		}));
		const qty = quantity.trim() === "" ? void 0 : Number(quantity);
		const order = await act((s) => addOrder(s, {
			poNumbers,
			supplierId: sid,
			product: product.trim(),
			...qty === void 0 ? {} : { quantity: qty },
			stages,
			currentStageId: ids.get(currentId)
		}), setError);
		setBusy(false);
		if (!order) return;
		putOrder(order);
		navigate({
			page: "order",
			id: order.id
		});
	}
	return /* @__PURE__ */ u(Dialog, {
		title: "New order",
		onClose,
		wide: true,
		testId: "new-order",
		children: /* @__PURE__ */ u("form", {
			class: "form",
			onSubmit: submit,
			children: [
				/* @__PURE__ */ u("div", {
					class: "form-grid",
					children: [
						/* @__PURE__ */ u("label", {
							class: "field",
							children: [/* @__PURE__ */ u("span", { children: "PO number(s)" }), /* @__PURE__ */ u("input", {
								type: "text",
								required: true,
								value: po,
								placeholder: "PO-2026-0412, PO-2026-0413",
								onInput: (e) => setPo(e.currentTarget.value),
								name: "po"
							})]
						}),
						/* @__PURE__ */ u("label", {
							class: "field",
							children: [/* @__PURE__ */ u("span", { children: "Supplier" }), /* @__PURE__ */ u("select", {
								value: supplierId,
								onChange: (e) => setSupplierId(e.currentTarget.value),
								name: "supplier",
								children: [
									/* @__PURE__ */ u("option", {
										value: "",
										disabled: true,
										children: "Choose…"
									}),
									suppliers.value.map((s) => /* @__PURE__ */ u("option", {
										value: s.id,
										children: s.company
									}, s.id)),
									/* @__PURE__ */ u("option", {
										value: NEW_SUPPLIER,
										children: "New supplier…"
									})
								]
							})]
						}),
						supplierId === NEW_SUPPLIER && /* @__PURE__ */ u("fieldset", {
							class: "inline-supplier span-2",
							children: [
								/* @__PURE__ */ u("legend", { children: "New supplier" }),
								/* @__PURE__ */ u("label", {
									class: "field",
									children: [/* @__PURE__ */ u("span", { children: "Company" }), /* @__PURE__ */ u("input", {
										type: "text",
										required: true,
										value: company,
										onInput: (e) => setCompany(e.currentTarget.value),
										name: "company"
									})]
								}),
								/* @__PURE__ */ u("label", {
									class: "field",
									children: [/* @__PURE__ */ u("span", { children: "Email addresses" }), /* @__PURE__ */ u("input", {
										type: "text",
										value: emails,
										placeholder: "amy@factory.cn",
										onInput: (e) => setEmails(e.currentTarget.value),
										name: "emails"
									})]
								}),
								/* @__PURE__ */ u("label", {
									class: "field",
									children: [/* @__PURE__ */ u("span", { children: "Domains" }), /* @__PURE__ */ u("input", {
										type: "text",
										value: domains,
										placeholder: "factory.cn",
										onInput: (e) => setDomains(e.currentTarget.value),
										name: "domains"
									})]
								})
							]
						}),
						/* @__PURE__ */ u("label", {
							class: "field",
							children: [/* @__PURE__ */ u("span", { children: "Product" }), /* @__PURE__ */ u("input", {
								type: "text",
								value: product,
								placeholder: "Canvas tote bag, natural",
								onInput: (e) => setProduct(e.currentTarget.value),
								name: "product"
							})]
						}),
						/* @__PURE__ */ u("label", {
							class: "field",
							children: [/* @__PURE__ */ u("span", { children: "Quantity" }), /* @__PURE__ */ u("input", {
								type: "number",
								min: 0,
								step: 1,
								value: quantity,
								onInput: (e) => setQuantity(e.currentTarget.value),
								name: "quantity"
							})]
						})
					]
				}),
				/* @__PURE__ */ u("fieldset", {
					class: "stages-pick",
					children: [/* @__PURE__ */ u("legend", { children: "Stages" }), /* @__PURE__ */ u("table", {
						class: "table compact",
						children: [/* @__PURE__ */ u("thead", { children: /* @__PURE__ */ u("tr", { children: [
							/* @__PURE__ */ u("th", {
								scope: "col",
								children: "Shot list"
							}),
							/* @__PURE__ */ u("th", {
								scope: "col",
								class: "num",
								children: "Shots"
							}),
							/* @__PURE__ */ u("th", {
								scope: "col",
								children: "Stage due"
							}),
							/* @__PURE__ */ u("th", {
								scope: "col",
								children: "Gate due"
							})
						] }) }), /* @__PURE__ */ u("tbody", { children: choices.map((t) => /* @__PURE__ */ u(StagePicker, {
							template: t,
							pick: picks[t.id],
							onChange: (p) => setPicks({
								...picks,
								[t.id]: p
							})
						}, t.id)) })]
					})]
				}),
				/* @__PURE__ */ u("label", {
					class: "field narrow",
					children: [/* @__PURE__ */ u("span", { children: "Current stage" }), /* @__PURE__ */ u("select", {
						value: currentId,
						disabled: !picked.length,
						onChange: (e) => setCurrent(e.currentTarget.value),
						name: "current",
						children: [!picked.length && /* @__PURE__ */ u("option", {
							value: "",
							children: "Tick a stage first"
						}), picked.map((t) => /* @__PURE__ */ u("option", {
							value: t.id,
							children: t.name.en
						}, t.id))]
					})]
				}),
				/* @__PURE__ */ u(FormError, { error }),
				/* @__PURE__ */ u("div", {
					class: "form-actions",
					children: /* @__PURE__ */ u("button", {
						type: "submit",
						class: "button primary",
						disabled: busy,
						children: busy ? "Creating…" : "Create order"
					})
				})
			]
		})
	});
}
// components/options/order-rows.ts
function orderRows(summaries, suppliers) {
	const rows = [];
	for (const { order, current, nextDue } of summaries) {
		const c = current?.checklist.counts;
		const supplier = suppliers.get(order.supplierId)?.company ?? "(unknown supplier)";
		const gate = nextDue?.checklist.gate;
		rows.push({
			id: order.id,
			poNumbers: order.poNumbers,
			supplier,
			product: order.product,
			stage: current && {
				en: current.stage.name.en,
				zh: current.stage.name.zh
			},
			status: order.status,
			nextDue: gate?.dueDate !== void 0 && gate.daysToDue !== void 0 ? {
				date: gate.dueDate,
				days: gate.daysToDue,
				overdue: gate.overdue,
				stage: nextDue.stage.name.en
			} : void 0,
			required: c?.required ?? 0,
			accepted: c?.requiredAccepted ?? 0,
			poor: (c?.poor ?? 0) + (c?.rejected ?? 0),
			missing: c?.missing ?? 0,
			haystack: [
				...order.poNumbers,
				supplier,
				order.product
			].join("\n").toLowerCase()
		});
	}
	return rows.sort((a, b) => (a.nextDue?.days ?? Number.POSITIVE_INFINITY) - (b.nextDue?.days ?? Number.POSITIVE_INFINITY) || a.poNumbers[0].localeCompare(b.poNumbers[0]));
}
/** Every word of the query must appear in the PO numbers, supplier or product. */
function filterRows(rows, query, status) {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return rows.filter((r) => (status === "all" || r.status === status) && words.every((w) => r.haystack.includes(w)));
}
// components/options/OrdersPage.tsx
function OrderStatusPill({ status }) {
	return /* @__PURE__ */ u("span", {
		class: `status-pill status-${status}`,
		children: ORDER_STATUS_LABEL[status]
	});
}
function Progress({ row }) {
	if (!row.required) return /* @__PURE__ */ u("span", {
		class: "muted",
		children: "—"
	});
	const pct = Math.round(row.accepted / row.required * 100);
	return /* @__PURE__ */ u("span", {
		class: "progress-cell",
		title: `${row.accepted} of ${row.required} required shots accepted`,
		children: [
			/* @__PURE__ */ u("span", {
				class: "mini-bar",
				"aria-hidden": "true",
				children: /* @__PURE__ */ u("span", { style: { width: `${pct}%` } })
			}),
			row.accepted,
			"/",
			row.required
		]
	});
}
function OrderRowView({ row }) {
	const href = routeHref({
		page: "order",
		id: row.id
	});
	return /* @__PURE__ */ u("tr", {
		"data-order-id": row.id,
		children: [
			/* @__PURE__ */ u("td", { children: [/* @__PURE__ */ u("a", {
				href,
				class: "po-link",
				children: row.poNumbers[0]
			}), row.poNumbers.length > 1 && /* @__PURE__ */ u("span", {
				class: "muted",
				title: row.poNumbers.join(", "),
				children: [
					" ",
					"+",
					row.poNumbers.length - 1
				]
			})] }),
			/* @__PURE__ */ u("td", {
				class: "ellipsis col-supplier",
				title: row.supplier,
				children: row.supplier
			}),
			/* @__PURE__ */ u("td", {
				class: "ellipsis col-product",
				title: row.product,
				children: row.product
			}),
			/* @__PURE__ */ u("td", { children: row.stage ? /* @__PURE__ */ u("span", {
				title: row.stage.zh,
				children: row.stage.en
			}) : /* @__PURE__ */ u("span", {
				class: "muted",
				children: "—"
			}) }),
			/* @__PURE__ */ u("td", { children: /* @__PURE__ */ u(OrderStatusPill, { status: row.status }) }),
			/* @__PURE__ */ u("td", {
				class: row.nextDue?.overdue ? "overdue" : "",
				children: row.nextDue ? /* @__PURE__ */ u("span", {
					title: `${row.nextDue.stage}`,
					children: [
						row.nextDue.date,
						" ",
						/* @__PURE__ */ u("span", {
							class: "days",
							children: ["· ", daysLeftText(row.nextDue.days)]
						})
					]
				}) : /* @__PURE__ */ u("span", {
					class: "muted",
					children: "—"
				})
			}),
			/* @__PURE__ */ u("td", {
				class: "num",
				children: /* @__PURE__ */ u(Progress, { row })
			}),
			/* @__PURE__ */ u("td", {
				class: `num ${row.poor ? "bad" : "muted"}`,
				"data-col": "poor",
				children: row.poor
			}),
			/* @__PURE__ */ u("td", {
				class: `num ${row.missing ? "" : "muted"}`,
				"data-col": "missing",
				children: row.missing
			})
		]
	});
}
function OrdersPage({ newOrder }) {
	const query = useSignal("");
	const status = useSignal("all");
	const search = useDebounced(query.value, 150);
	const rows = useComputed(() => orderRows(summaries.value.values(), suppliersById.value));
	const shown = filterRows(rows.value, search, status.value);
	const all = rows.value;
	return /* @__PURE__ */ u("section", {
		class: "page",
		"aria-labelledby": "page-title",
		children: [
			/* @__PURE__ */ u("header", {
				class: "page-head",
				children: [/* @__PURE__ */ u("h1", {
					id: "page-title",
					tabIndex: -1,
					children: "Orders"
				}), /* @__PURE__ */ u("button", {
					type: "button",
					class: "button primary",
					onClick: () => navigate({
						page: "orders",
						newOrder: true
					}),
					children: "New order"
				})]
			}),
			all.length === 0 ? /* @__PURE__ */ u("div", {
				class: "empty",
				children: [
					/* @__PURE__ */ u("h2", { children: "No orders yet" }),
					/* @__PURE__ */ u("p", { children: "Add an order with its production stages: each stage brings the shot list suppliers must send, and every photo you check is measured against it." }),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "button primary",
						onClick: () => navigate({
							page: "orders",
							newOrder: true
						}),
						children: "Add your first order"
					})
				]
			}) : /* @__PURE__ */ u(S, { children: [/* @__PURE__ */ u("form", {
				class: "filters",
				"aria-label": "Find orders",
				onSubmit: (e) => e.preventDefault(),
				children: [
					/* @__PURE__ */ u("label", {
						class: "field inline grow",
						children: [/* @__PURE__ */ u("span", { children: "Search" }), /* @__PURE__ */ u("input", {
							type: "search",
							value: query.value,
							placeholder: "PO number, product or supplier",
							onInput: (e) => {
								query.value = e.currentTarget.value;
							},
							"data-testid": "order-search"
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field inline",
						children: [/* @__PURE__ */ u("span", { children: "Status" }), /* @__PURE__ */ u("select", {
							value: status.value,
							onChange: (e) => {
								status.value = e.currentTarget.value;
							},
							children: [/* @__PURE__ */ u("option", {
								value: "all",
								children: [
									"All (",
									all.length,
									")"
								]
							}), ORDER_STATUSES.map((s) => /* @__PURE__ */ u("option", {
								value: s,
								children: [
									ORDER_STATUS_LABEL[s],
									" (",
									all.filter((r) => r.status === s).length,
									")"
								]
							}, s))]
						})]
					}),
					/* @__PURE__ */ u("span", {
						class: "muted count",
						"aria-live": "polite",
						children: shown.length === all.length ? `${all.length} order${all.length === 1 ? "" : "s"}` : `${shown.length} of ${all.length} orders`
					})
				]
			}), /* @__PURE__ */ u("div", {
				class: "table-wrap",
				children: [/* @__PURE__ */ u("table", {
					class: "table orders-table",
					"data-testid": "orders-table",
					children: [/* @__PURE__ */ u("thead", { children: /* @__PURE__ */ u("tr", { children: [
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "PO"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "col-supplier",
							children: "Supplier"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "col-product",
							children: "Product"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Current stage"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Status"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Next gate"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "num",
							title: "Required shots accepted in the current stage",
							children: "Required"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "num",
							title: "Shots whose photo is poor or rejected: to retake",
							children: "Poor"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "num",
							title: "Shots with no photo yet",
							children: "Missing"
						})
					] }) }), /* @__PURE__ */ u("tbody", { children: shown.map((row) => /* @__PURE__ */ u(OrderRowView, { row }, row.id)) })]
				}), shown.length === 0 && /* @__PURE__ */ u("p", {
					class: "muted empty-filter",
					children: [
						"No order matches “",
						search,
						"”."
					]
				})]
			})] }),
			newOrder && /* @__PURE__ */ u(NewOrderDialog, { onClose: () => navigate({ page: "orders" }) })
		]
	});
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
	const phrase = !due ? GATE_PHRASES.noDate : due.days < 0 ? GATE_PHRASES.overdue : GATE_PHRASES.due;
	const line = interpolateLocal(phrase, {
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
// components/options/reply-sample.ts
var ORDER_ID = "sample-order";
var STAGE_ID = "sample-pre-shipment";
var SAMPLE_SUPPLIER = {
	id: "sample-supplier",
	company: "Ningbo Bright Lighting Co., Ltd.",
	contactName: "Amy Chen",
	emails: ["amy@ningbo-bright.cn"],
	domains: ["ningbo-bright.cn"],
	replyLanguages: [],
	createdAt: "2026-01-05T08:00:00.000Z",
	updatedAt: "2026-01-05T08:00:00.000Z"
};
/** Signs the preview when the buyer has not filled in their details yet. */
var SAMPLE_BUYER = {
	name: "Sam Taylor",
	company: "Brightlight Home",
	signature: ""
};
/** `date` plus `days`, as a calendar date. */
function addDays(date, days) {
	const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
function sampleStage(today) {
	const template = BUILT_IN_TEMPLATES.find((t) => t.kind === "pre-shipment");
	const ids = template.shots.map((s) => s.id);
	let next = 0;
	return stageFromTemplate(template, {
		id: STAGE_ID,
		gateDueDate: addDays(today, 3)
	}, () => ids[next++] ?? `shot-${next}`);
}
function sampleOrder(stage) {
	return {
		id: ORDER_ID,
		poNumbers: ["PO-2026-0412"],
		supplierId: SAMPLE_SUPPLIER.id,
		product: "LED desk lamp, matte black",
		quantity: 1200,
		stages: [stage],
		currentStageId: stage.id,
		status: "open",
		createdAt: "2026-09-01T08:00:00.000Z",
		updatedAt: "2026-09-01T08:00:00.000Z"
	};
}
function samplePhoto(n, fileName, shotId, report, status, receivedAt) {
	return {
		sha256: n.toString(16).padStart(64, "0"),
		report: {
			format: "jpeg",
			width: 4032,
			height: 3024,
			bytes: 31e5,
			bytesRead: 4e4,
			findings: [],
			verdict: "ok",
			...report
		},
		origins: [{
			source: "gmail",
			fileName,
			receivedAt,
			messageId: `sample-${n}`,
			orderId: ORDER_ID
		}],
		orderId: ORDER_ID,
		stageId: STAGE_ID,
		shotId,
		status,
		createdAt: receivedAt,
		updatedAt: receivedAt
	};
}
/** The photos of the sample message: two to retake, the shipping marks missing, the rest accepted. */
function samplePhotos(stage, today) {
	const receivedAt = `${addDays(today, -1)}T02:30:00.000Z`;
	const accepted = {
		state: "accepted",
		at: `${addDays(today, -1)}T09:00:00.000Z`
	};
	const front = samplePhoto(1, "IMG_0412.jpg", "ps-front", {
		width: 1280,
		height: 960,
		bytes: 68e3,
		jpeg: {
			quality: 50,
			progressive: false
		},
		findings: [
			{
				code: "too-small",
				severity: "fail",
				measured: 1280,
				threshold: 1600
			},
			{
				code: "small-file",
				severity: "fail",
				measured: 68e3,
				threshold: 102400
			},
			{
				code: "chat-recompressed",
				severity: "warn",
				measured: "1280×960"
			}
		],
		verdict: "fail"
	}, { state: "pending" }, receivedAt);
	const labels = samplePhoto(2, "label_closeup.jpg", "ps-labels", {
		findings: [{
			code: "blurry",
			severity: "fail",
			measured: 9,
			threshold: 20
		}],
		verdict: "fail"
	}, { state: "pending" }, receivedAt);
	const asked = /* @__PURE__ */ new Set([
		"ps-front",
		"ps-labels",
		"ps-shipping-mark"
	]);
	return [
		front,
		labels,
		...stage.shots.filter((s) => !asked.has(s.id)).map((s, i) => samplePhoto(10 + i, `${s.id.replace("ps-", "")}.jpg`, s.id, {}, accepted, receivedAt))
	];
}
/**
* The draft the preview renders: the buyer's languages, layout, detail and signature (a sample name
* while theirs is empty), the sample order's checklist as of `today`.
*/
function sampleDraft(settings, today) {
	const stage = sampleStage(today);
	const order = sampleOrder(stage);
	const checklist = buildChecklist({
		order,
		stage,
		photos: samplePhotos(stage, today),
		history: [],
		thresholds: settings.thresholds,
		today,
		orders: [order]
	});
	const buyer = settings.buyer.name.trim() ? settings.buyer : {
		...settings.buyer,
		...SAMPLE_BUYER
	};
	const draft = draftReRequest({
		order,
		stage,
		checklist,
		settings: {
			...settings,
			buyer
		},
		supplier: SAMPLE_SUPPLIER,
		today
	});
	if (!draft) throw new Error("The sample order has nothing to ask for");
	return draft;
}
// components/options/settings-fields.ts
var f = (key, label, unit, scale = 1, step = 1) => ({
	key,
	label,
	unit,
	scale,
	step
});
var THRESHOLD_GROUPS = [
	{
		title: "Resolution",
		why: "Below this long edge, stitching, labels and scratches cannot be inspected by zooming in.",
		fields: [f("minLongEdge", "Minimum long edge", "px")]
	},
	{
		title: "File size",
		why: "A small file was resized or recompressed on its way: the 68 KB photo nobody can zoom into.",
		fields: [f("failBelowBytes", "Re-request below", "KB", 1024), f("warnBelowBytes", "Check below", "KB", 1024)]
	},
	{
		title: "JPEG quality",
		why: "Heavy compression leaves blocky artefacts that hide surface defects; phone cameras save at 85–95.",
		fields: [
			f("failBelowQuality", "Re-request below", "quality"),
			f("warnBelowQuality", "Check below", "quality"),
			f("minBytesPerPixel", "Quality unknown: re-request below", "bytes / pixel", 1, .01)
		]
	},
	{
		title: "Sharpness",
		why: "Out of focus or shaken. Sharp phone photos score in the hundreds; a visible blur scores under 20.",
		fields: [f("failBelowSharpness", "Re-request below", "score"), f("warnBelowSharpness", "Check below", "score")]
	},
	{
		title: "Lighting",
		why: "Too dark to judge colour and finish, or so bright that details are blown out.",
		fields: [
			f("failBelowLuminance", "Too dark below", "/ 255"),
			f("warnBelowLuminance", "Check below", "/ 255"),
			f("warnAboveLuminance", "Overexposed above", "/ 255"),
			f("maxClippedBright", "Blown out above", "% of pixels", .01),
			f("maxClippedDark", "Crushed black above", "% of pixels", .01)
		]
	},
	{
		title: "Duplicates",
		why: "Resizing and re-encoding move a picture’s hash by a few bits; different photos differ by about 32.",
		fields: [f("nearDuplicateBits", "Same picture within", "bits")]
	},
	{
		title: "Capture date",
		why: "Production photos are taken days before they are sent, not months: an old one may be from another order.",
		fields: [f("maxCaptureAgeDays", "Old photo after", "days")]
	}
];
var round = (n) => Math.round(n * 1e4) / 1e4;
var shownValue = (field, stored) => round(stored / field.scale);
var storedValue = (field, shown) => round(shown * field.scale);
/**
* The thresholds patch for what the form shows: a value equal to the default is stored as "default"
* (undefined), so a default improved in a later release reaches the buyer.
*/
function thresholdPatch(shown) {
	const patch = {};
	const problems = [];
	for (const group of THRESHOLD_GROUPS) for (const field of group.fields) {
		const text = (shown[field.key] ?? "").trim();
		const value = text === "" ? DEFAULT_THRESHOLDS[field.key] : storedValue(field, Number(text));
		if (!Number.isFinite(value) || value < 0) {
			problems.push(`${group.title}, ${field.label}: enter a number of 0 or more`);
			continue;
		}
		patch[field.key] = value === DEFAULT_THRESHOLDS[field.key] ? void 0 : value;
	}
	return {
		patch,
		problems
	};
}
var REPLY_TEMPLATE_FIELDS = [{
	lang: "en",
	label: "English",
	htmlLang: "en"
}, {
	lang: "zh",
	label: "Chinese (简体中文)",
	htmlLang: "zh-CN"
}];
/** What the editor shows: the buyer's template, else the default. */
var shownTemplates = (saved) => ({
	en: saved?.en ?? DEFAULT_TEMPLATES.en,
	zh: saved?.zh ?? DEFAULT_TEMPLATES.zh
});
/**
* The settings patch for what the editor shows: a template equal to the default is stored as "default"
* (undefined), so improved default wording in a later release reaches the buyer. Line endings are
* normalised (a textarea may hand back `\r\n`).
*/
function replyTemplatesPatch(texts) {
	const patch = {};
	for (const { lang } of REPLY_TEMPLATE_FIELDS) {
		if (!(lang in texts)) continue;
		const text = texts[lang]?.replace(/\r\n?/g, "\n");
		patch[lang] = text === void 0 || text === DEFAULT_TEMPLATES[lang] ? void 0 : text;
	}
	return patch;
}
// components/options/ReplyTemplatesEditor.tsx
var LAYOUT_TEXT = {
	sequential: "one language after the other",
	interleaved: "each point in both"
};
function ReplyTemplatesEditor({ saved, settings, today, onSave }) {
	const [texts, setTexts] = d(() => shownTemplates(saved));
	const [busy, setBusy] = d(false);
	const checks = {
		en: validateTemplate(texts.en),
		zh: validateTemplate(texts.zh)
	};
	const valid = checks.en.ok && checks.zh.ok;
	const stored = shownTemplates(saved);
	const dirty = texts.en !== stored.en || texts.zh !== stored.zh;
	const draft = T(() => sampleDraft(settings, today), [settings, today]);
	const preview = renderText(draft, { templates: texts });
	const previewLangs = draft.defaults.languages.map((l) => l === "zh-CN" ? "Chinese" : "English");
	const fallback = REPLY_TEMPLATE_FIELDS.filter((f) => !checks[f.lang].ok).map((f) => f.label);
	const set = (lang, text) => setTexts((t) => ({
		...t,
		[lang]: text
	}));
	async function save(patch) {
		setBusy(true);
		try {
			return await onSave(patch);
		} finally {
			setBusy(false);
		}
	}
	return /* @__PURE__ */ u("form", {
		class: "form card-form reply-templates",
		"aria-labelledby": "reply-templates-title",
		onSubmit: async (e) => {
			e.preventDefault();
			if (!valid) return;
			await save(replyTemplatesPatch(texts));
		},
		children: [
			/* @__PURE__ */ u("h2", {
				id: "reply-templates-title",
				children: "Reply templates"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: [
					"The wording around the list of photos in a re-request. Write ",
					/* @__PURE__ */ u("code", { children: "{po}" }),
					" where the PO number goes; ",
					/* @__PURE__ */ u("code", { children: "{{" }),
					" and ",
					/* @__PURE__ */ u("code", { children: "}}" }),
					" write a brace itself. A blank line starts a new paragraph; your signature is added at the end."
				]
			}),
			/* @__PURE__ */ u("div", {
				class: "reply-templates-grid",
				children: [/* @__PURE__ */ u("div", {
					class: "reply-templates-fields",
					children: [
						REPLY_TEMPLATE_FIELDS.map(({ lang, label, htmlLang }) => {
							const check = checks[lang];
							const errorId = `reply-template-${lang}-error`;
							const isDefault = texts[lang] === DEFAULT_TEMPLATES[lang];
							return /* @__PURE__ */ u("div", {
								class: "field reply-template-field",
								children: [
									/* @__PURE__ */ u("div", {
										class: "reply-template-head",
										children: [
											/* @__PURE__ */ u("label", {
												for: `reply-template-${lang}`,
												children: label
											}),
											isDefault && /* @__PURE__ */ u("span", {
												class: "tag",
												children: "default"
											}),
											/* @__PURE__ */ u("button", {
												type: "button",
												class: "button quiet small push-right",
												disabled: busy || isDefault && stored[lang] === DEFAULT_TEMPLATES[lang],
												onClick: async () => {
													set(lang, DEFAULT_TEMPLATES[lang]);
													await save({ [lang]: void 0 });
												},
												children: "Reset to default"
											})
										]
									}),
									/* @__PURE__ */ u("textarea", {
										id: `reply-template-${lang}`,
										name: `reply-template-${lang}`,
										class: "mono reply-template-text",
										lang: htmlLang,
										rows: 12,
										spellcheck: false,
										value: texts[lang],
										"aria-invalid": !check.ok,
										"aria-describedby": errorId,
										onInput: (e) => set(lang, e.currentTarget.value)
									}),
									/* @__PURE__ */ u("div", {
										id: errorId,
										role: "alert",
										class: "reply-template-error",
										children: check.ok ? "" : check.message
									})
								]
							}, lang);
						}),
						/* @__PURE__ */ u("div", {
							class: "form-actions",
							children: [/* @__PURE__ */ u("button", {
								type: "submit",
								class: "button primary",
								disabled: !valid || busy,
								children: "Save templates"
							}), !valid ? /* @__PURE__ */ u("span", {
								class: "hint",
								children: "Fix the template above to save."
							}) : dirty ? /* @__PURE__ */ u("span", {
								class: "hint",
								children: "Unsaved changes."
							}) : null]
						}),
						/* @__PURE__ */ u("section", {
							class: "reply-placeholders",
							"aria-labelledby": "reply-placeholders-title",
							children: [/* @__PURE__ */ u("h3", {
								id: "reply-placeholders-title",
								children: "Placeholders"
							}), /* @__PURE__ */ u("dl", { children: PLACEHOLDERS.map((p) => /* @__PURE__ */ u("div", { children: [/* @__PURE__ */ u("dt", { children: /* @__PURE__ */ u("code", { children: `{${p}}` }) }), /* @__PURE__ */ u("dd", { children: PLACEHOLDER_HELP[p] })] }, p)) })]
						})
					]
				}), /* @__PURE__ */ u("section", {
					class: "reply-preview",
					"aria-labelledby": "reply-preview-title",
					children: [
						/* @__PURE__ */ u("h3", {
							id: "reply-preview-title",
							children: "Preview"
						}),
						/* @__PURE__ */ u("p", {
							class: "hint",
							children: [
								"A sample re-request to Amy Chen for PO-2026-0412, with your reply settings:",
								" ",
								previewLangs.join(" and "),
								previewLangs.length > 1 ? `, ${LAYOUT_TEXT[draft.defaults.layout]}` : "",
								",",
								" ",
								draft.defaults.detail,
								"."
							]
						}),
						fallback.length > 0 && /* @__PURE__ */ u("p", {
							class: "hint reply-preview-fallback",
							children: [
								"Until it is fixed, the ",
								fallback.join(" and "),
								" template is previewed with the default wording."
							]
						}),
						/* @__PURE__ */ u("pre", {
							class: "reply-preview-text",
							"data-testid": "reply-preview",
							children: preview
						})
					]
				})]
			})
		]
	});
}
// components/options/SettingsPage.tsx
async function save(patch, onError, what) {
	const saved = await act((s) => updateSettings(s, patch), onError);
	if (!saved) return false;
	settings.value = saved;
	showSuccess(`${what} saved.`);
	return true;
}
function ThresholdsForm({ value }) {
	const initial = () => Object.fromEntries(THRESHOLD_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, String(shownValue(f, value[f.key]))])));
	const [shown, setShown] = d(initial);
	const [error, setError] = d();
	return /* @__PURE__ */ u("form", {
		class: "form card-form",
		"aria-labelledby": "thresholds-title",
		onSubmit: async (e) => {
			e.preventDefault();
			const { patch, problems } = thresholdPatch(shown);
			if (problems.length) return setError(new Error(problems.join("; ")));
			setError(void 0);
			await save({ thresholds: patch }, setError, "Limits");
		},
		children: [
			/* @__PURE__ */ u("h2", {
				id: "thresholds-title",
				children: "Photo limits"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "What counts as too small, too compressed, blurry or dark. Changes apply to every photo checked from now on."
			}),
			/* @__PURE__ */ u("div", {
				class: "threshold-groups",
				children: THRESHOLD_GROUPS.map((group) => {
					const changed = group.fields.some((f) => value[f.key] !== DEFAULT_THRESHOLDS[f.key]);
					return /* @__PURE__ */ u("fieldset", {
						class: "threshold-group",
						children: [
							/* @__PURE__ */ u("legend", { children: group.title }),
							/* @__PURE__ */ u("p", {
								class: "why",
								children: group.why
							}),
							group.fields.map((f) => /* @__PURE__ */ u("label", {
								class: "field threshold",
								children: [
									/* @__PURE__ */ u("span", { children: f.label }),
									/* @__PURE__ */ u("input", {
										type: "number",
										min: 0,
										step: f.step,
										value: shown[f.key],
										onInput: (e) => setShown({
											...shown,
											[f.key]: e.currentTarget.value
										}),
										"data-threshold": f.key
									}),
									/* @__PURE__ */ u("span", {
										class: "unit",
										children: f.unit
									}),
									/* @__PURE__ */ u("small", {
										class: "hint",
										children: ["default ", shownValue(f, DEFAULT_THRESHOLDS[f.key])]
									})
								]
							}, f.key)),
							changed && /* @__PURE__ */ u("button", {
								type: "button",
								class: "button quiet small",
								onClick: async () => {
									if (await save({ thresholds: Object.fromEntries(group.fields.map((f) => [f.key, void 0])) }, setError, `${group.title} limits`)) setShown({
										...shown,
										...Object.fromEntries(group.fields.map((f) => [f.key, String(shownValue(f, DEFAULT_THRESHOLDS[f.key]))]))
									});
								},
								children: "Reset to default"
							})
						]
					}, group.title);
				})
			}),
			/* @__PURE__ */ u(FormError, { error }),
			/* @__PURE__ */ u("div", {
				class: "form-actions",
				children: /* @__PURE__ */ u("button", {
					type: "submit",
					class: "button primary",
					children: "Save limits"
				})
			})
		]
	});
}
function ReplyForm({ value }) {
	const [languages, setLanguages] = d(value.replyLanguages);
	const [layout, setLayout] = d(value.replyLayout);
	const [detail, setDetail] = d(value.replyDetail);
	const [error, setError] = d();
	const toggle = (l, on) => setLanguages(["en", "zh-CN"].filter((x) => x === l ? on : languages.includes(x)));
	return /* @__PURE__ */ u("form", {
		class: "form card-form",
		"aria-labelledby": "reply-title",
		onSubmit: async (e) => {
			e.preventDefault();
			if (!languages.length) return setError(/* @__PURE__ */ new Error("Choose at least one reply language."));
			setError(void 0);
			await save({
				replyLanguages: languages,
				replyLayout: layout,
				replyDetail: detail
			}, setError, "Reply settings");
		},
		children: [
			/* @__PURE__ */ u("h2", {
				id: "reply-title",
				children: "Re-requests"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "How the drafted reply to a supplier reads. A supplier’s own languages take precedence."
			}),
			/* @__PURE__ */ u("fieldset", {
				class: "field",
				children: [
					/* @__PURE__ */ u("legend", { children: "Languages" }),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "checkbox",
							checked: languages.includes("en"),
							onChange: (e) => toggle("en", e.currentTarget.checked)
						}), /* @__PURE__ */ u("span", { children: "English" })]
					}),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "checkbox",
							checked: languages.includes("zh-CN"),
							onChange: (e) => toggle("zh-CN", e.currentTarget.checked)
						}), /* @__PURE__ */ u("span", { children: "简体中文 (Simplified Chinese)" })]
					})
				]
			}),
			/* @__PURE__ */ u("fieldset", {
				class: "field",
				children: [
					/* @__PURE__ */ u("legend", { children: "Layout of two languages" }),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "radio",
							name: "layout",
							checked: layout === "sequential",
							onChange: () => setLayout("sequential")
						}), /* @__PURE__ */ u("span", { children: "English first, then Chinese" })]
					}),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "radio",
							name: "layout",
							checked: layout === "interleaved",
							onChange: () => setLayout("interleaved")
						}), /* @__PURE__ */ u("span", { children: "Each point in both languages" })]
					})
				]
			}),
			/* @__PURE__ */ u("fieldset", {
				class: "field",
				children: [
					/* @__PURE__ */ u("legend", { children: "Detail" }),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "radio",
							name: "detail",
							checked: detail === "brief",
							onChange: () => setDetail("brief")
						}), /* @__PURE__ */ u("span", { children: "Brief: what to send again" })]
					}),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "radio",
							name: "detail",
							checked: detail === "detailed",
							onChange: () => setDetail("detailed")
						}), /* @__PURE__ */ u("span", { children: "Detailed: also why, with the measurements" })]
					})
				]
			}),
			/* @__PURE__ */ u(FormError, { error }),
			/* @__PURE__ */ u("div", {
				class: "form-actions",
				children: /* @__PURE__ */ u("button", {
					type: "submit",
					class: "button primary",
					children: "Save reply settings"
				})
			})
		]
	});
}
function BuyerForm({ value }) {
	const [buyer, setBuyer] = d(value);
	const [error, setError] = d();
	const set = (patch) => setBuyer({
		...buyer,
		...patch
	});
	return /* @__PURE__ */ u("form", {
		class: "form card-form",
		"aria-labelledby": "buyer-title",
		onSubmit: async (e) => {
			e.preventDefault();
			setError(void 0);
			await save({ buyer: {
				name: buyer.name.trim(),
				company: buyer.company.trim(),
				email: buyer.email?.trim() || void 0,
				signature: buyer.signature
			} }, setError, "Your details");
		},
		children: [
			/* @__PURE__ */ u("h2", {
				id: "buyer-title",
				children: "You"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "Used to sign the re-requests."
			}),
			/* @__PURE__ */ u("div", {
				class: "form-grid",
				children: [
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Your name" }), /* @__PURE__ */ u("input", {
							type: "text",
							value: buyer.name,
							onInput: (e) => set({ name: e.currentTarget.value }),
							name: "buyer-name"
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Company" }), /* @__PURE__ */ u("input", {
							type: "text",
							value: buyer.company,
							onInput: (e) => set({ company: e.currentTarget.value }),
							name: "buyer-company"
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field span-2",
						children: [/* @__PURE__ */ u("span", { children: "Email" }), /* @__PURE__ */ u("input", {
							type: "email",
							value: buyer.email ?? "",
							onInput: (e) => set({ email: e.currentTarget.value }),
							name: "buyer-email"
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field span-2",
						children: [/* @__PURE__ */ u("span", { children: "Signature" }), /* @__PURE__ */ u("textarea", {
							rows: 4,
							value: buyer.signature,
							onInput: (e) => set({ signature: e.currentTarget.value }),
							name: "buyer-signature"
						})]
					})
				]
			}),
			/* @__PURE__ */ u(FormError, { error }),
			/* @__PURE__ */ u("div", {
				class: "form-actions",
				children: /* @__PURE__ */ u("button", {
					type: "submit",
					class: "button primary",
					children: "Save your details"
				})
			})
		]
	});
}
function IgnoredSenders({ list }) {
	return /* @__PURE__ */ u("section", {
		class: "card-form",
		"aria-labelledby": "ignored-title",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "ignored-title",
				children: "Ignored senders"
			}),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: "Senders you chose “never” for in the inbox: their mail is not checked."
			}),
			list.length === 0 ? /* @__PURE__ */ u("p", {
				class: "muted",
				children: "None."
			}) : /* @__PURE__ */ u("ul", {
				class: "ignored",
				children: list.map((email) => /* @__PURE__ */ u("li", { children: [/* @__PURE__ */ u("span", { children: email }), /* @__PURE__ */ u("button", {
					type: "button",
					class: "button quiet small",
					"aria-label": `Stop ignoring ${email}`,
					onClick: async () => {
						const saved = await act((s) => removeIgnoredSender(s, email));
						if (saved) settings.value = saved;
					},
					children: "Remove"
				})] }, email))
			})
		]
	});
}
function ReplyTemplates({ value }) {
	return /* @__PURE__ */ u(ReplyTemplatesEditor, {
		saved: value.replyTemplates,
		settings: value,
		today: today.value,
		onSave: (patch) => save({ replyTemplates: patch }, (e) => showError(e), "Reply templates")
	});
}
function SettingsPage() {
	const s = settings.value;
	return /* @__PURE__ */ u("section", {
		class: "page",
		"aria-labelledby": "page-title",
		children: [
			/* @__PURE__ */ u("header", {
				class: "page-head",
				children: /* @__PURE__ */ u("h1", {
					id: "page-title",
					tabIndex: -1,
					children: "Settings"
				})
			}),
			/* @__PURE__ */ u("div", {
				class: "settings-columns",
				children: [/* @__PURE__ */ u(ThresholdsForm, { value: s.thresholds }), /* @__PURE__ */ u("div", {
					class: "settings-side",
					children: [
						/* @__PURE__ */ u(ReplyForm, { value: s }),
						/* @__PURE__ */ u(BuyerForm, { value: s.buyer }),
						/* @__PURE__ */ u(IgnoredSenders, { list: s.ignoredSenders })
					]
				})]
			}),
			/* @__PURE__ */ u(ReplyTemplates, { value: s })
		]
	});
}
// components/options/SuppliersPage.tsx
var LANGUAGES = [{
	value: "en",
	label: "English"
}, {
	value: "zh-CN",
	label: "简体中文 (Simplified Chinese)"
}];
var toDraft = (s) => ({
	company: s?.company ?? "",
	contactName: s?.contactName ?? "",
	emails: s?.emails.join("\n") ?? "",
	domains: s?.domains.join("\n") ?? "",
	replyLanguages: s?.replyLanguages ?? ["en", "zh-CN"],
	notes: s?.notes ?? ""
});
function SupplierForm({ supplier, onDone }) {
	const [draft, setDraft] = d(() => toDraft(supplier));
	const [error, setError] = d();
	const [busy, setBusy] = d(false);
	const [deleting, setDeleting] = d(false);
	const set = (patch) => setDraft({
		...draft,
		...patch
	});
	const orderCount = supplier ? orders.value.filter((o) => o.supplierId === supplier.id).length : 0;
	async function submit(e) {
		e.preventDefault();
		setBusy(true);
		setError(void 0);
		const fields = {
			company: draft.company,
			contactName: draft.contactName.trim() || void 0,
			emails: splitList(draft.emails),
			domains: splitList(draft.domains),
			replyLanguages: draft.replyLanguages,
			notes: draft.notes.trim() || void 0
		};
		const saved = await act((s) => supplier ? updateSupplier(s, supplier.id, fields) : addSupplier(s, fields), setError);
		setBusy(false);
		if (!saved) return;
		putSupplier(saved);
		showSuccess(`${saved.company} saved.`);
		onDone(saved);
	}
	return /* @__PURE__ */ u("form", {
		class: "form card-form",
		onSubmit: submit,
		"aria-labelledby": "supplier-form-title",
		"data-testid": "supplier-form",
		children: [
			/* @__PURE__ */ u("h2", {
				id: "supplier-form-title",
				children: supplier ? `Edit ${supplier.company}` : "New supplier"
			}),
			/* @__PURE__ */ u("label", {
				class: "field",
				children: [/* @__PURE__ */ u("span", { children: "Company" }), /* @__PURE__ */ u("input", {
					type: "text",
					required: true,
					name: "company",
					value: draft.company,
					onInput: (e) => set({ company: e.currentTarget.value })
				})]
			}),
			/* @__PURE__ */ u("label", {
				class: "field",
				children: [/* @__PURE__ */ u("span", { children: "Contact name" }), /* @__PURE__ */ u("input", {
					type: "text",
					name: "contactName",
					value: draft.contactName,
					onInput: (e) => set({ contactName: e.currentTarget.value })
				})]
			}),
			/* @__PURE__ */ u("label", {
				class: "field",
				children: [
					/* @__PURE__ */ u("span", { children: "Email addresses" }),
					/* @__PURE__ */ u("textarea", {
						rows: 2,
						name: "emails",
						value: draft.emails,
						placeholder: "amy@factory.cn, qc@factory.cn",
						onInput: (e) => set({ emails: e.currentTarget.value })
					}),
					/* @__PURE__ */ u("small", {
						class: "hint",
						children: "Comma or one per line. Mail from these addresses is matched to this supplier."
					})
				]
			}),
			/* @__PURE__ */ u("label", {
				class: "field",
				children: [
					/* @__PURE__ */ u("span", { children: "Domains" }),
					/* @__PURE__ */ u("textarea", {
						rows: 2,
						name: "domains",
						value: draft.domains,
						placeholder: "factory.cn",
						onInput: (e) => set({ domains: e.currentTarget.value })
					}),
					/* @__PURE__ */ u("small", {
						class: "hint",
						children: "Everyone writing from the domain is this supplier. Not for public mail services (qq.com, 163.com, gmail.com): list those addresses above instead."
					})
				]
			}),
			/* @__PURE__ */ u("fieldset", {
				class: "field",
				children: [/* @__PURE__ */ u("legend", { children: "Reply languages" }), LANGUAGES.map((l) => /* @__PURE__ */ u("label", {
					class: "check",
					children: [/* @__PURE__ */ u("input", {
						type: "checkbox",
						checked: draft.replyLanguages.includes(l.value),
						onChange: (e) => set({ replyLanguages: e.currentTarget.checked ? LANGUAGES.map((x) => x.value).filter((v) => v === l.value || draft.replyLanguages.includes(v)) : draft.replyLanguages.filter((v) => v !== l.value) })
					}), /* @__PURE__ */ u("span", { children: l.label })]
				}, l.value))]
			}),
			/* @__PURE__ */ u("label", {
				class: "field",
				children: [/* @__PURE__ */ u("span", { children: "Notes" }), /* @__PURE__ */ u("textarea", {
					rows: 3,
					name: "notes",
					value: draft.notes,
					onInput: (e) => set({ notes: e.currentTarget.value })
				})]
			}),
			/* @__PURE__ */ u(FormError, { error }),
			/* @__PURE__ */ u("div", {
				class: "form-actions",
				children: [
					/* @__PURE__ */ u("button", {
						type: "submit",
						class: "button primary",
						disabled: busy,
						children: busy ? "Saving…" : supplier ? "Save supplier" : "Add supplier"
					}),
					supplier && /* @__PURE__ */ u("button", {
						type: "button",
						class: "button",
						onClick: () => onDone(),
						children: "Cancel"
					}),
					supplier && /* @__PURE__ */ u("button", {
						type: "button",
						class: "button quiet danger push-right",
						onClick: () => setDeleting(true),
						children: "Delete…"
					})
				]
			}),
			deleting && supplier && /* @__PURE__ */ u(ConfirmDialog, {
				title: `Delete ${supplier.company}?`,
				confirm: "Delete supplier",
				danger: true,
				onConfirm: async () => {
					if (await act((s) => deleteSupplier(s, supplier.id), setError) === void 0) return;
					suppliers.value = suppliers.value.filter((s) => s.id !== supplier.id);
					onDone();
				},
				onClose: () => setDeleting(false),
				children: /* @__PURE__ */ u("p", { children: orderCount ? `It still has ${orderCount} order${orderCount === 1 ? "" : "s"}: Photo Triage will refuse until they are deleted or given another supplier.` : "Mail from its addresses will no longer be matched to it." })
			})
		]
	});
}
function SuppliersPage({ id }) {
	const selected = id ? suppliersById.value.get(id) : void 0;
	const [round, setRound] = d(0);
	const counts = /* @__PURE__ */ new Map();
	for (const o of orders.value) counts.set(o.supplierId, (counts.get(o.supplierId) ?? 0) + 1);
	return /* @__PURE__ */ u("section", {
		class: "page",
		"aria-labelledby": "page-title",
		children: [/* @__PURE__ */ u("header", {
			class: "page-head",
			children: [/* @__PURE__ */ u("h1", {
				id: "page-title",
				tabIndex: -1,
				children: "Suppliers"
			}), selected && /* @__PURE__ */ u("a", {
				class: "button",
				href: routeHref({ page: "suppliers" }),
				children: "New supplier"
			})]
		}), /* @__PURE__ */ u("div", {
			class: "split",
			children: [/* @__PURE__ */ u("div", {
				class: "table-wrap",
				children: suppliers.value.length === 0 ? /* @__PURE__ */ u("p", {
					class: "muted table-empty",
					children: "No suppliers yet. Add the factories you buy from: their addresses let Photo Triage tell which emails bring photos for which orders."
				}) : /* @__PURE__ */ u("table", {
					class: "table",
					"data-testid": "suppliers-table",
					children: [/* @__PURE__ */ u("thead", { children: /* @__PURE__ */ u("tr", { children: [
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Company"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Contact"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Addresses and domains"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Replies"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "num",
							children: "Orders"
						})
					] }) }), /* @__PURE__ */ u("tbody", { children: suppliers.value.map((s) => /* @__PURE__ */ u("tr", {
						class: s.id === id ? "selected" : "",
						"data-supplier-id": s.id,
						children: [
							/* @__PURE__ */ u("td", { children: /* @__PURE__ */ u("a", {
								href: routeHref({
									page: "suppliers",
									id: s.id
								}),
								children: s.company
							}) }),
							/* @__PURE__ */ u("td", { children: s.contactName ?? /* @__PURE__ */ u("span", {
								class: "muted",
								children: "—"
							}) }),
							/* @__PURE__ */ u("td", {
								class: "addresses",
								children: [...s.emails, ...s.domains.map((d) => `@${d}`)].join(", ") || /* @__PURE__ */ u("span", {
									class: "muted",
									children: "none — mail cannot be matched"
								})
							}),
							/* @__PURE__ */ u("td", {
								class: "nowrap",
								children: s.replyLanguages.map((l) => l === "en" ? "EN" : "中文").join(" + ")
							}),
							/* @__PURE__ */ u("td", {
								class: "num",
								children: counts.get(s.id) ?? 0
							})
						]
					}, s.id)) })]
				})
			}), /* @__PURE__ */ u(SupplierForm, {
				supplier: selected,
				onDone: () => {
					setRound(round + 1);
					navigate({ page: "suppliers" });
				}
			}, `${selected?.id ?? "new"}-${round}`)]
		})]
	});
}
// components/options/TemplatesPage.tsx
var KINDS = Object.keys(STAGE_KIND_LABEL);
function copyOf(t) {
	return {
		name: {
			en: `${t.name.en} (my copy)`,
			zh: t.name.zh
		},
		kind: t.kind,
		shots: t.shots.map((s) => ({
			...s,
			id: crypto.randomUUID(),
			referencePhotoIds: [...s.referencePhotoIds]
		})),
		...t.gate ? { gate: { label: { ...t.gate.label } } } : {}
	};
}
async function copyTemplate(t) {
	const saved = await act((s) => addTemplate(s, copyOf(t)));
	if (!saved) return;
	putTemplate(saved);
	navigate({
		page: "templates",
		id: saved.id
	});
}
function ShotPreview({ template }) {
	return /* @__PURE__ */ u("ol", {
		class: "shot-preview",
		children: template.shots.map((s) => /* @__PURE__ */ u("li", { children: [
			/* @__PURE__ */ u("strong", { children: s.label.en }),
			" ",
			/* @__PURE__ */ u("span", {
				class: "muted zh",
				children: s.label.zh
			}),
			!s.required && /* @__PURE__ */ u("span", {
				class: "tag",
				children: "optional"
			}),
			s.minLongEdge !== void 0 && /* @__PURE__ */ u("span", {
				class: "tag",
				children: [
					"≥ ",
					s.minLongEdge,
					" px"
				]
			})
		] }, s.id))
	});
}
function BuiltInTemplate({ template }) {
	const gate = template.gate && gateLabel(template.gate.label);
	return /* @__PURE__ */ u("article", {
		class: "template-card",
		"data-template-id": template.id,
		children: [
			/* @__PURE__ */ u("header", { children: [/* @__PURE__ */ u("h3", { children: [
				template.name.en,
				" ",
				/* @__PURE__ */ u("span", {
					class: "muted zh",
					children: template.name.zh
				})
			] }), /* @__PURE__ */ u("button", {
				type: "button",
				class: "button",
				onClick: () => copyTemplate(template),
				children: "Copy to edit"
			})] }),
			/* @__PURE__ */ u("p", {
				class: "muted",
				children: [
					template.shots.length,
					" shots · ",
					template.shots.filter((s) => s.required).length,
					" required",
					gate && ` · gate: ${gate.en} (${gate.zh})`
				]
			}),
			/* @__PURE__ */ u("details", { children: [/* @__PURE__ */ u("summary", { children: "Shots" }), /* @__PURE__ */ u(ShotPreview, { template })] })
		]
	});
}
function TemplateEditor({ template }) {
	const [draft, setDraft] = d(template);
	const [error, setError] = d();
	const [deleting, setDeleting] = d(false);
	const set = (patch) => setDraft({
		...draft,
		...patch
	});
	return /* @__PURE__ */ u("form", {
		class: "form card-form",
		"aria-labelledby": "template-form-title",
		onSubmit: async (e) => {
			e.preventDefault();
			const { id: _id, builtIn: _b, ...patch } = draft;
			const saved = await act((s) => updateTemplate(s, template.id, patch), setError);
			if (!saved) return;
			putTemplate(saved);
			setError(void 0);
			showSuccess(`Template “${saved.name.en}” saved.`);
		},
		children: [
			/* @__PURE__ */ u("h2", {
				id: "template-form-title",
				children: "Edit template"
			}),
			/* @__PURE__ */ u("div", {
				class: "form-grid four",
				children: [
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Name (English)" }), /* @__PURE__ */ u("input", {
							type: "text",
							required: true,
							value: draft.name.en,
							onInput: (e) => set({ name: {
								...draft.name,
								en: e.currentTarget.value
							} })
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Name (中文)" }), /* @__PURE__ */ u("input", {
							type: "text",
							lang: "zh-CN",
							value: draft.name.zh,
							onInput: (e) => set({ name: {
								...draft.name,
								zh: e.currentTarget.value
							} })
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Stage kind" }), /* @__PURE__ */ u("select", {
							value: draft.kind,
							onChange: (e) => set({ kind: e.currentTarget.value }),
							children: KINDS.map((k) => /* @__PURE__ */ u("option", {
								value: k,
								children: STAGE_KIND_LABEL[k]
							}, k))
						})]
					}),
					/* @__PURE__ */ u("label", {
						class: "check",
						children: [/* @__PURE__ */ u("input", {
							type: "checkbox",
							checked: Boolean(draft.gate),
							onChange: (e) => {
								const { gate: _, ...rest } = draft;
								setDraft(e.currentTarget.checked ? {
									...rest,
									gate: { label: {
										en: "",
										zh: ""
									} }
								} : rest);
							}
						}), /* @__PURE__ */ u("span", { children: "Has a gate (photos approved before…)" })]
					}),
					draft.gate && /* @__PURE__ */ u(S, { children: [/* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Gate: before… (English)" }), /* @__PURE__ */ u("input", {
							type: "text",
							required: true,
							value: draft.gate.label.en,
							placeholder: "cutting fabric",
							onInput: (e) => set({ gate: { label: {
								...draft.gate.label,
								en: e.currentTarget.value
							} } })
						})]
					}), /* @__PURE__ */ u("label", {
						class: "field",
						children: [/* @__PURE__ */ u("span", { children: "Gate: …前 (中文)" }), /* @__PURE__ */ u("input", {
							type: "text",
							lang: "zh-CN",
							value: draft.gate.label.zh,
							placeholder: "裁布",
							onInput: (e) => set({ gate: { label: {
								...draft.gate.label,
								zh: e.currentTarget.value
							} } })
						})]
					})] })
				]
			}),
			/* @__PURE__ */ u("h3", {
				class: "section-title",
				children: "Shots"
			}),
			/* @__PURE__ */ u(ShotListEditor, {
				shots: draft.shots,
				onChange: (shots) => set({ shots })
			}),
			/* @__PURE__ */ u(FormError, { error }),
			/* @__PURE__ */ u("div", {
				class: "form-actions",
				children: [
					/* @__PURE__ */ u("button", {
						type: "submit",
						class: "button primary",
						children: "Save template"
					}),
					/* @__PURE__ */ u("a", {
						class: "button",
						href: routeHref({ page: "templates" }),
						children: "Close"
					}),
					/* @__PURE__ */ u("button", {
						type: "button",
						class: "button quiet danger push-right",
						onClick: () => setDeleting(true),
						children: "Delete…"
					})
				]
			}),
			deleting && /* @__PURE__ */ u(ConfirmDialog, {
				title: `Delete the template “${template.name.en}”?`,
				confirm: "Delete template",
				danger: true,
				onConfirm: async () => {
					if (await act((s) => deleteTemplate(s, template.id)) === void 0) return;
					templates.value = templates.value.filter((t) => t.id !== template.id);
					navigate({ page: "templates" });
				},
				onClose: () => setDeleting(false),
				children: /* @__PURE__ */ u("p", { children: "Orders whose stages were made from it keep their own copies of the shot list." })
			})
		]
	});
}
function TemplatesPage({ id }) {
	const own = templates.value;
	const editing = id ? own.find((t) => t.id === id) : void 0;
	return /* @__PURE__ */ u("section", {
		class: "page",
		"aria-labelledby": "page-title",
		children: [
			/* @__PURE__ */ u("header", {
				class: "page-head",
				children: [/* @__PURE__ */ u("h1", {
					id: "page-title",
					tabIndex: -1,
					children: "Shot-list templates"
				}), /* @__PURE__ */ u("button", {
					type: "button",
					class: "button",
					onClick: async () => {
						const saved = await act((s) => addTemplate(s, {
							name: {
								en: "New shot list",
								zh: ""
							},
							kind: "custom",
							shots: [newShot()]
						}));
						if (!saved) return;
						putTemplate(saved);
						navigate({
							page: "templates",
							id: saved.id
						});
					},
					children: "New blank template"
				})]
			}),
			/* @__PURE__ */ u("p", {
				class: "lead",
				children: "Each stage of an order starts from a template: its shots are copied into the order, where you can edit them for that order alone."
			}),
			editing && /* @__PURE__ */ u(TemplateEditor, { template: editing }, editing.id),
			/* @__PURE__ */ u("h2", {
				class: "section-title",
				children: "Your templates"
			}),
			own.length === 0 ? /* @__PURE__ */ u("p", {
				class: "muted",
				children: "None yet. Copy a built-in template below to make one of your own."
			}) : /* @__PURE__ */ u("div", {
				class: "table-wrap",
				children: /* @__PURE__ */ u("table", {
					class: "table",
					"data-testid": "own-templates",
					children: [/* @__PURE__ */ u("thead", { children: /* @__PURE__ */ u("tr", { children: [
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Name"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Stage kind"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							class: "num",
							children: "Shots"
						}),
						/* @__PURE__ */ u("th", {
							scope: "col",
							children: "Gate"
						})
					] }) }), /* @__PURE__ */ u("tbody", { children: own.map((t) => /* @__PURE__ */ u("tr", {
						class: t.id === id ? "selected" : "",
						children: [
							/* @__PURE__ */ u("td", { children: [
								/* @__PURE__ */ u("a", {
									href: routeHref({
										page: "templates",
										id: t.id
									}),
									children: t.name.en
								}),
								" ",
								/* @__PURE__ */ u("span", {
									class: "muted zh",
									children: t.name.zh
								})
							] }),
							/* @__PURE__ */ u("td", { children: STAGE_KIND_LABEL[t.kind] }),
							/* @__PURE__ */ u("td", {
								class: "num",
								children: t.shots.length
							}),
							/* @__PURE__ */ u("td", { children: t.gate ? gateLabel(t.gate.label).en : /* @__PURE__ */ u("span", {
								class: "muted",
								children: "—"
							}) })
						]
					}, t.id)) })]
				})
			}),
			/* @__PURE__ */ u("h2", {
				class: "section-title",
				children: "Built in"
			}),
			/* @__PURE__ */ u("div", {
				class: "template-grid",
				children: BUILT_IN_TEMPLATES.map((t) => /* @__PURE__ */ u(BuiltInTemplate, { template: t }, t.id))
			})
		]
	});
}
// components/options/OptionsApp.tsx
var NAV = [
	{
		page: "orders",
		label: "Orders",
		href: "#/orders"
	},
	{
		page: "suppliers",
		label: "Suppliers",
		href: "#/suppliers"
	},
	{
		page: "templates",
		label: "Shot-list templates",
		href: "#/templates"
	},
	{
		page: "settings",
		label: "Settings",
		href: "#/settings"
	},
	{
		page: "backup",
		label: "Backup and storage",
		href: "#/backup"
	}
];
function CurrentPage({ r }) {
	switch (r.page) {
		case "orders": return /* @__PURE__ */ u(OrdersPage, { newOrder: r.newOrder });
		case "order": return /* @__PURE__ */ u(OrderPage, { id: r.id }, r.id);
		case "suppliers": return /* @__PURE__ */ u(SuppliersPage, { id: r.id });
		case "templates": return /* @__PURE__ */ u(TemplatesPage, { id: r.id });
		case "settings": return /* @__PURE__ */ u(SettingsPage, {});
		case "backup": return /* @__PURE__ */ u(BackupPage, {});
	}
}
function OptionsApp() {
	h(() => {
		loadAll();
		const stopRouter = startRouter(() => {
			clearSuccess();
			requestAnimationFrame(() => document.getElementById("page-title")?.focus());
		});
		const stopReload = reloadWhenShown();
		return () => {
			stopRouter();
			stopReload();
		};
	}, []);
	const r = route.value;
	const active = r.page === "order" ? "orders" : r.page;
	return /* @__PURE__ */ u("div", {
		class: "desk",
		children: [
			/* @__PURE__ */ u("a", {
				class: "skip-link",
				href: "#main",
				children: "Skip to content"
			}),
			/* @__PURE__ */ u("nav", {
				class: "desk-nav",
				"aria-label": "Photo Triage",
				children: [
					/* @__PURE__ */ u("div", {
						class: "brand",
						children: [/* @__PURE__ */ u("img", {
							src: "/icon/32.png",
							alt: "",
							width: 24,
							height: 24
						}), /* @__PURE__ */ u("span", { children: "Photo Triage" })]
					}),
					/* @__PURE__ */ u("ul", { children: NAV.map((n) => /* @__PURE__ */ u("li", { children: /* @__PURE__ */ u("a", {
						href: n.href,
						"aria-current": active === n.page ? "page" : void 0,
						children: n.label
					}) }, n.page)) }),
					/* @__PURE__ */ u("a", {
						class: "nav-check",
						href: "check.html",
						target: "_blank",
						rel: "noopener",
						children: "Check photos ↗"
					}),
					/* @__PURE__ */ u("p", {
						class: "nav-note",
						children: "Everything stays in this browser."
					})
				]
			}),
			/* @__PURE__ */ u("main", {
				class: "desk-main",
				id: "main",
				children: [
					/* @__PURE__ */ u(AlertRegion, {}),
					loadState.value === "loading" && /* @__PURE__ */ u("p", {
						class: "muted loading",
						children: "Loading…"
					}),
					loadState.value === "failed" && /* @__PURE__ */ u("div", {
						class: "notice notice-error",
						role: "alert",
						children: [
							/* @__PURE__ */ u("strong", { children: "Photo Triage could not open its data." }),
							" ",
							loadError.value
						]
					}),
					loadState.value === "ready" && /* @__PURE__ */ u(CurrentPage, { r })
				]
			})
		]
	});
}
// entrypoints/options/main.tsx
R(/* @__PURE__ */ u(OptionsApp, {}), document.getElementById("app"));
