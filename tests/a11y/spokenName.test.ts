// What "read aloud what I touch" says: a control's name, and a group's name when switch scanning
// highlights a whole group (a lane, a question), read from its heading or legend.
import { afterEach, describe, expect, it } from 'vitest';
import { controlOf, spokenName } from '../../src/a11y/spokenName';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('spokenName', () => {
  it('says a button by its words and a field by its label', () => {
    document.body.innerHTML =
      '<button id="b"><img alt=""><span>Save the card</span></button>' +
      '<label for="f">Name</label><input id="f">';
    const button = controlOf(document.querySelector('#b img'));
    expect(button && spokenName(button)).toBe('Save the card');
    const field = controlOf(document.getElementById('f'));
    expect(field && spokenName(field)).toBe('Name');
  });

  it('says a highlighted group by the heading that names it, and ignores other groups', () => {
    document.body.innerHTML =
      '<section id="lane" class="scan-highlight scan-highlight--group" aria-labelledby="h">' +
      '<h2 id="h"><img alt=""> Now <span>2 cards</span></h2></section>' +
      '<section id="other" aria-labelledby="h"></section>';
    const lane = controlOf(document.getElementById('lane'));
    expect(lane && spokenName(lane)).toBe('Now 2 cards');
    expect(controlOf(document.getElementById('other'))).toBeNull();
  });
});
