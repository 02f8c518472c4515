// Optional: resizes Japan–Russia Relations timeline embeds (iframe[data-jrr-timeline]) to their content.
(function () {
  var s = document.currentScript,
    origin = s && new URL(s.src).origin;
  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'jrr-timeline:height' || typeof d.height !== 'number') return;
    document.querySelectorAll('iframe[data-jrr-timeline]').forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px';
    });
  });
})();
