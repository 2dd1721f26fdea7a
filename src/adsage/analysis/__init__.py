"""Results analysis of Ads Manager exports: metrics, significance, verdict, next steps.

Modules import numpy, scipy and openpyxl only inside the functions that need them, so this
package is cheap to import from the CLI.
"""
