export default defineBackground(() => {
  // The toolbar button opens the Check photos page (the popup arrives with the store).
  browser.action.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/check.html') });
  });
});
