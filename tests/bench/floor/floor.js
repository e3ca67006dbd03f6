// One attribute and one text node per step: the floor of the slider-step measure.
const root = document.querySelector('.floor-root');
const year = document.querySelector('.year');
const input = document.querySelector('input[type=range]');
input.addEventListener('input', () => {
  year.firstChild.nodeValue = input.value;
  root.setAttribute('data-year', input.value);
});
