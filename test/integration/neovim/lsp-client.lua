-- Drives Neovim's built-in LSP client (0.7+) against `mtlslint lsp`, headless:
-- opens each file, waits for the diagnostics, applies the preferred quick fix of the first one,
-- waits for that finding to go and records what Neovim saw. Writes JSON to $MTLSLINT_NVIM_OUT.
local out = os.getenv('MTLSLINT_NVIM_OUT')
local cmd = vim.fn.json_decode(os.getenv('MTLSLINT_NVIM_CMD'))
local files = vim.fn.json_decode(os.getenv('MTLSLINT_NVIM_FILES'))
local root = os.getenv('MTLSLINT_NVIM_ROOT')

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code or lsp.code, message = d.message, data = lsp.data,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local function run()
  local client_id = vim.lsp.start_client({ name = 'mtlslint', cmd = cmd, root_dir = root })
  assert(client_id, 'the mtlslint language server did not start')
  local client = vim.lsp.get_client_by_id(client_id)
  local result = { files = {} }
  for _, file in ipairs(files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local bufnr = vim.api.nvim_get_current_buf()
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach to ' .. file)
    local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
    local entry = { file = file, received = got, diagnostics = diagnostics_of(bufnr) }
    local first = entry.diagnostics[1]
    if first then
      local range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } }
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        range = range,
        context = { diagnostics = { { range = range, code = first.code, message = first.message, source = 'mtlslint', data = first.data } } },
      }
      local response = client.request_sync('textDocument/codeAction', params, 30000, bufnr)
      local actions = (response and response.result) or {}
      entry.actions = {}
      local preferred
      for _, a in ipairs(actions) do
        table.insert(entry.actions, a.title)
        if a.isPreferred and not preferred then preferred = a end
      end
      if preferred then
        vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or 'utf-16')
        -- Neovim sends the change; wait until the server no longer reports the fixed finding.
        entry.cleared = vim.wait(30000, function()
          for _, d in ipairs(diagnostics_of(bufnr)) do
            if d.code == first.code and d.lnum == first.lnum then return false end
          end
          return true
        end, 20)
        entry.after = diagnostics_of(bufnr)
      end
      entry.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    end
    table.insert(result.files, entry)
  end
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  return result
end

local ok, result = pcall(run)
if not ok then result = { error = tostring(result) } end
vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.cmd(ok and 'qa!' or 'cq!')
