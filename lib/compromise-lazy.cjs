// Evaluating compromise builds its lexicon, about 300 ms. Required from a function (and bundled with
// `strictRequires`), it is evaluated on the first name to tag, not every time the worker starts.
let nlp;
module.exports = function loadCompromise() {
  nlp ??= require('compromise/three');
  return nlp;
};
