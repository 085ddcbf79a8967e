import { at as buildChecklist, it as createNearIndex } from "./theme-Bgg-dlZg.js";
// components/orders/summary.ts
var stageKey = (orderId, stageId) => `${orderId}\u0000${stageId}`;
function groupByStage(photos) {
	const out = /* @__PURE__ */ new Map();
	for (const p of photos) {
		if (p.orderId === void 0 || p.stageId === void 0) continue;
		const key = stageKey(p.orderId, p.stageId);
		const list = out.get(key);
		if (list) list.push(p);
		else out.set(key, [p]);
	}
	return out;
}
function summaryContext(input) {
	return {
		byStage: groupByStage(input.photos),
		near: createNearIndex(input.photos, input.thresholds.nearDuplicateBits),
		thresholds: input.thresholds,
		today: input.today,
		orders: input.orders
	};
}
function stageChecklist(order, stage, ctx) {
	const photos = ctx.byStage.get(stageKey(order.id, stage.id)) ?? [];
	const own = new Set(photos);
	const history = photos.length ? ctx.near.nearAll(photos).filter((p) => !own.has(p)) : [];
	return buildChecklist({
		order,
		stage,
		photos,
		history,
		thresholds: ctx.thresholds,
		today: ctx.today,
		orders: ctx.orders
	});
}
function summarizeOrder(order, ctx) {
	const stages = order.stages.map((stage) => ({
		stage,
		checklist: stageChecklist(order, stage, ctx)
	}));
	let nextDue;
	for (const s of stages) {
		const g = s.checklist.gate;
		if (g.daysToDue === void 0 || g.canProceed) continue;
		if (!nextDue || g.daysToDue < nextDue.checklist.gate.daysToDue) nextDue = s;
	}
	return {
		order,
		stages,
		current: stages.find((s) => s.stage.id === order.currentStageId),
		nextDue
	};
}
export { summarizeOrder as n, summaryContext as r, groupByStage as t };
