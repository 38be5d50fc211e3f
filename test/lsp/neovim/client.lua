-- Headless Neovim (0.7.2, Debian's) as a client of `sourced lsp --stdio`.
-- Run from the workspace folder:
--   SOURCED_CLI=dist/cli.js SOURCED_OUT=out.json nvim --headless -u NONE -c 'luafile client.lua'
-- It attaches Neovim's built-in LSP client to the server, asks for a completion,
-- a hover on a citation and the diagnostics of the demo draft, applies the
-- preferred quick fix, and writes what it saw to $SOURCED_OUT as JSON.
-- `vim.wait` bounds each wait so a broken server ends the run; no result depends on time.

local cli = os.getenv('SOURCED_CLI')
local out_path = os.getenv('SOURCED_OUT')
local root = vim.fn.getcwd()
local results = { errors = {} }

local function fail(message)
  table.insert(results.errors, message)
end

local function finish()
  local file = io.open(out_path, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd('qall!')
end

local initialized = false
local client_id = vim.lsp.start_client({
  name = 'sourced',
  cmd = { 'node', cli, 'lsp', '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'demo' } },
  on_init = function()
    initialized = true
  end,
})
if not client_id or not vim.wait(30000, function() return initialized end, 20) then
  fail('the server did not initialize')
  return finish()
end
local client = vim.lsp.get_client_by_id(client_id)
results.server_name = client.name
results.completion_provider = client.server_capabilities.completionProvider ~= nil
results.hover_provider = client.server_capabilities.hoverProvider == true
results.code_action_provider = client.server_capabilities.codeActionProvider ~= nil

-- Opens `name` in the workspace with `lines` (or the file's own text), as Markdown, attached to the server.
local function open(name, lines)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  if lines then vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines) end
  vim.bo[buf].filetype = 'markdown'
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local function request(method, params, buf)
  local response, err = client.request_sync(method, params, 30000, buf)
  if not response then
    fail(method .. ': ' .. tostring(err))
    return nil
  end
  if response.err then
    fail(method .. ': ' .. vim.inspect(response.err))
    return nil
  end
  return response.result
end

-- 1. Diagnostics of the demo draft (pushed: 0.7.2 has no pull diagnostics).
local draft = open('draft.md')
if not vim.wait(30000, function() return #vim.diagnostic.get(draft) > 0 end, 20) then fail('no diagnostics for draft.md') end
results.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(draft)) do
  table.insert(results.diagnostics, { message = d.message, lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, source = d.source })
end

-- 2. The preferred quick fix, applied.
local first = vim.diagnostic.get(draft)[1]
if first then
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(draft, first.lnum)
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(draft) },
    range = line_diagnostics[1] and line_diagnostics[1].range or { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.lnum, character = first.end_col } },
    context = { diagnostics = line_diagnostics },
  }, draft) or {}
  results.code_actions = {}
  local preferred
  for _, action in ipairs(actions) do
    table.insert(results.code_actions, action.title)
    if action.isPreferred then preferred = action end
  end
  if preferred then
    vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
    results.fixed_line = vim.api.nvim_buf_get_lines(draft, first.lnum, first.lnum + 1, false)[1]
  else
    fail('no preferred quick fix')
  end
end

-- 3. Completion for "kunshan autmotive", with the first item's edits applied.
local notes = open('notes.md', { 'kunshan autmotive', '', 'More text.' })
local list = request('textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(notes) }, position = { line = 0, character = 17 } }, notes)
local items = list and (list.items or list) or {}
results.completion_labels = {}
for _, item in ipairs(items) do table.insert(results.completion_labels, item.label) end
local top = items[1]
if top then
  results.completion_new_text = top.textEdit and top.textEdit.newText
  vim.lsp.util.apply_text_edits({ top.textEdit }, notes, client.offset_encoding)
  if top.additionalTextEdits then vim.lsp.util.apply_text_edits(top.additionalTextEdits, notes, client.offset_encoding) end
  results.completed_lines = vim.api.nvim_buf_get_lines(notes, 0, -1, false)
end

-- 4. Hover on a footnote citation.
local cited = open('cited.md', {
  'Kunshan grew.[^jia-kun-tai-automotive-5]',
  '',
  '[^jia-kun-tai-automotive-5]: [seeds/jia-kun-tai-automotive.txt:5](seeds/jia-kun-tai-automotive.txt#L5)',
})
local hover = request('textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(cited) }, position = { line = 0, character = 20 } }, cited)
results.hover = hover and hover.contents and hover.contents.value

vim.lsp.stop_client(client_id)
finish()
