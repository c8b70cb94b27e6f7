// A single-page app: the article arrives after load, grows on "load more", and navigates with the History API.
const app = document.getElementById('app');
function paragraph(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
function showArticle() {
  app.replaceChildren();
  const article = document.createElement('article');
  article.id = 'story';
  const h1 = document.createElement('h1');
  h1.textContent = 'UN mission in Mali faces new limits';
  article.append(h1,
    paragraph('MINUSMA, the UN peacekeeping mission in Mali, said 165 peacekeepers had been killed since July 2013.'),
    paragraph('Secretary-General António Guterres proposed three options for the 17,500-strong mission.'));
  app.append(article);
}
window.loadMore = (n) => {
  const article = document.getElementById('story');
  for (let i = 0; i < n; i++) article.append(paragraph(`Update ${i}: Abdoulaye Diop met El-Ghassim Wane in Bamako; 687 peacekeepers were injured by hostile action since July 2013.`));
};
window.goElsewhere = () => {
  history.pushState({}, '', '/spa.html?page=weather');
  app.replaceChildren(paragraph('Sunny in Bamako today, 35 degrees.'));
};
// As Turbo does: the whole body is replaced, with no change of address.
window.swapBody = () => {
  const body = document.createElement('body');
  const article = document.createElement('article');
  article.id = 'story';
  article.append(
    paragraph('El-Ghassim Wane, head of MINUSMA, briefed the Security Council on the UN peacekeeping mission in Mali.'),
    paragraph('Since July 2013, 165 peacekeepers had been killed by hostile action.'),
    paragraph('Martha Pobee, a UN assistant secretary-general, also briefed the Council.'));
  body.append(article);
  document.body.replaceWith(body);
};
// spa.html?swap starts with the body swap instead.
setTimeout(location.search === '?swap' ? window.swapBody : showArticle, 400);
// A clock ticks every 50 ms, as live tickers and players do: the page is never quiet.
const clock = document.createElement('p');
document.querySelector('.layout').before(clock);
setInterval(() => {
  clock.textContent = new Date().toISOString();
}, 50);
