export default defineBackground(() => {
  // The toolbar button opens the Check photos page (the popup arrives with the store).
  // Firefox builds are MV2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/check.html') });
  });
});
