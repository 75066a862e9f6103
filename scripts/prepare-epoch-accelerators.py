"""Trim Epoch AI's machine-learning hardware database to the chart "compute per chip".

    python3 scripts/prepare-epoch-accelerators.py /work/shared/facts/data/epoch_ml_hardware.csv

Writes content/data/epoch_accelerators.csv: one row per data-centre accelerator family that
Epoch lists with a release date and a dense tensor FP16/BF16 figure (Epoch records performance
without sparsity), plus its dense FP8 and FP4 figures where Epoch has them. Consumer graphics
cards and memory/form-factor variants of the same chip (e.g. V100 PCIe, H100 PCIe, B300 next to
GB300) are left out so the chart names one point per chip. Values are copied, never rounded.
"""
import csv
import sys

# Epoch's "Hardware name" -> the short name printed on the chart.
KEEP = {
    'Google TPU v2': 'TPU v2',
    'NVIDIA V100': 'V100',
    'Google TPU v3': 'TPU v3',
    'NVIDIA A100 SXM4 40 GB': 'A100',
    'Google TPU v4': 'TPU v4',
    'AMD Radeon Instinct MI250X': 'MI250X',
    'Intel Habana Gaudi2': 'Gaudi 2',
    'NVIDIA A800 SXM': 'A800',
    'NVIDIA H100 SXM5 80GB': 'H100',
    'Amazon Trainium1': 'Trainium',
    'NVIDIA H800 SXM5': 'H800',
    'NVIDIA HGX H20': 'H20',
    'Google TPU v5p': 'TPU v5p',
    'AMD Instinct MI300X': 'MI300X',
    'Google TPU v6e Trillium': 'TPU v6e',
    'Maia 100 (M100)': 'Maia 100',
    'Intel Habana Gaudi3': 'Gaudi 3',
    'Huawei Ascend 910C': 'Ascend 910C',
    'NVIDIA B200': 'B200',
    'NVIDIA H200 SXM': 'H200',
    'Amazon Trainium2': 'Trainium2',
    'NVIDIA GB200': 'GB200',
    'AMD Instinct MI355X': 'MI355X',
    'NVIDIA GB300 (Blackwell Ultra)': 'GB300',
    'Huawei Ascend 920': 'Ascend 920',
    'Google TPU v7 Ironwood': 'TPU v7',
    'Amazon Trainium3': 'Trainium3',
}

src = sys.argv[1]
rows = list(csv.DictReader(open(src, newline='', encoding='utf-8')))
out = []
for r in rows:
    name = r['Hardware name']
    if name not in KEEP:
        continue
    fp16 = r['Tensor-FP16/BF16 performance (FLOP/s)']
    if not r['Release date'] or not fp16:
        raise SystemExit(f'{name}: no release date or FP16/BF16 figure in {src}')
    out.append({
        'chip': KEEP[name],
        'epoch_name': name,
        'manufacturer': r['Manufacturer'],
        'release_date': r['Release date'],
        'fp16_flops': fp16,
        'fp8_flops': r['FP8 performance (FLOP/s)'],
        'fp4_flops': r['FP4 performance (FLOP/s)'],
        'tdp_w': r['TDP (W)'],
    })
missing = set(KEEP) - {o['epoch_name'] for o in out}
if missing:
    raise SystemExit(f'not found in {src}: {sorted(missing)}')
out.sort(key=lambda o: (o['release_date'], o['chip']))
with open('content/data/epoch_accelerators.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator='\n')
    w.writeheader()
    w.writerows(out)
print(f'{len(out)} accelerators written')
